import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../../test/support/column-fixture.ts';
import type { Column } from '../../../../contract/columns.ts';
import type { AnyColumnConfig } from '../../../../contract/data-types/index.ts';
import { isEnrichable } from '../../../lib/enrichable.ts';
import { emptyDraft } from './enrich-draft-store.ts';
import { planRequest } from './enrich-request.ts';

const column = (name: string, dataType: Column['dataType'], config: AnyColumnConfig = {}): Column =>
  columnFixture(name, dataType, config);

const columns = [column('feedback', 'text'), column('rating', 'number'), column('sentiment', 'select')];

describe('enrichment requests', () => {
  it('offer the columns an answer can fill', () => {
    expect(isEnrichable(column('a', 'text'))).toBe(true);
    expect(isEnrichable(column('a', 'boolean'))).toBe(true);
    expect(isEnrichable(column('a', 'ai'))).toBe(false);
    expect(isEnrichable(column('a', 'computed'))).toBe(false);
    expect(isEnrichable(column('a', 'multiselect'))).toBe(false);
    expect(isEnrichable(column('a', 'multiselect', { options: ['x'] }))).toBe(true);
  });

  it('turn a draft into a plan request, leaving out what is empty', () => {
    expect(planRequest({ ...emptyDraft('sentiment'), prompt: '  ' }, columns)).toEqual({
      input: { targetColumn: 'sentiment', promptMode: 'auto' },
    });
    const filter = { key: 'f', column: 'rating', operator: 'gte' as const, value: '4' };
    expect(
      planRequest(
        { ...emptyDraft('sentiment'), mode: 'custom', prompt: ' Rate {feedback} ', filter, model: 'gpt-4o' },
        columns,
      ),
    ).toEqual({
      input: {
        targetColumn: 'sentiment',
        promptMode: 'custom',
        prompt: 'Rate {feedback}',
        filter: { column: 'rating', operator: 'gte', value: 4 },
        model: 'gpt-4o',
      },
    });
  });

  it('say what to fix first', () => {
    expect(planRequest(emptyDraft(), columns)).toEqual({ error: 'Choose the column to fill' });
    expect(planRequest({ ...emptyDraft('sentiment'), mode: 'custom' }, columns)).toEqual({
      error: 'Write the prompt, or let the AI plan it',
    });
    const bad = { key: 'f', column: 'rating', operator: 'eq' as const, value: 'high' };
    expect(planRequest({ ...emptyDraft('sentiment'), filter: bad }, columns)).toEqual({
      error: 'Filter: Enter a number',
    });
    const blank = { ...bad, value: '' };
    expect(planRequest({ ...emptyDraft('sentiment'), filter: blank }, columns)).toEqual({
      error: 'Filter: enter a value, or remove the filter',
    });
  });
});
