import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../../test/support/column-fixture.ts';
import { configFromDraft, draftFromColumn, emptyDraft } from './ai-draft.ts';

describe('the AI column draft', () => {
  it('saves only the settings of the chosen kind and format', () => {
    const draft = {
      ...emptyDraft('Sentiment'),
      prompt: 'Rate {feedback}',
      outputFormat: 'label' as const,
      labels: 'Good, Bad, Good',
    };
    expect(configFromDraft(draft)).toEqual({
      config: {
        kind: 'agent',
        autoRun: false,
        prompt: 'Rate {feedback}',
        outputFormat: 'label',
        agentType: 'llm',
        labels: ['Good', 'Bad'],
      },
    });
    const grade = {
      ...draft,
      kind: 'criterion_grade' as const,
      criterion: 'Is a good fit',
      model: ' gpt-x ',
    };
    expect(configFromDraft(grade)).toEqual({
      config: { kind: 'criterion_grade', model: 'gpt-x', autoRun: false, criterion: 'Is a good fit' },
    });
  });

  it('names the field when a JSON Schema is not JSON', () => {
    const draft = {
      ...emptyDraft(),
      prompt: 'x',
      outputFormat: 'json' as const,
      outputSchema: '{ type: object',
    };
    expect(configFromDraft(draft)).toMatchObject({ path: 'config.outputSchema' });
  });

  it('reads an existing column back into the form', () => {
    const column = {
      ...columnFixture('sentiment', 'ai'),
      dataType: 'ai' as const,
      config: {
        prompt: 'Rate {feedback}',
        outputFormat: 'multiselect' as const,
        labels: ['a', 'b'],
        autoRun: true,
      },
    };
    expect(draftFromColumn(column)).toMatchObject({
      prompt: 'Rate {feedback}',
      labels: 'a, b',
      autoRun: true,
      kind: 'agent',
    });
  });

  it('saves a people finder with its roles and limit, and a contact finder with nothing of a prompt', () => {
    const finder = {
      ...emptyDraft('People'),
      kind: 'company_people_finder' as const,
      roles: 'CEO, CTO, CEO',
      maxResults: '3',
      prompt: 'ignored',
    };
    expect(configFromDraft(finder)).toEqual({
      config: { kind: 'company_people_finder', autoRun: false, roles: ['CEO', 'CTO'], maxResults: 3 },
    });
    const email = {
      ...emptyDraft('Email'),
      kind: 'email_finder' as const,
      prompt: 'ignored',
      outputFormat: 'email' as const,
    };
    expect(configFromDraft(email)).toEqual({ config: { kind: 'email_finder', autoRun: false } });
  });
});
