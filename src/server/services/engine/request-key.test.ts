import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CellPrompt } from '../prompts/cell-prompt.ts';
import { researchScope } from './prepared-cell.ts';
import { promptKey } from './request-key.ts';

const prompt: CellPrompt = {
  system: 'Answer in JSON.',
  prompt: 'When was "Acme" founded?',
  answer: { jsonSchema: { type: 'object' }, schema: z.unknown() },
  read: (answer) => ({ value: answer, note: null }),
};
const keyFor = (agentType: 'llm' | 'research' | 'research_pro' | 'linkedin', webSearch: boolean) =>
  promptKey({ providerId: 'env', model: 'm', research: researchScope({ agentType }, webSearch) }, prompt);

describe('the answer cache key of a research request', () => {
  it('differs with and without web search, so an unsearched answer never stands in for a searched one', () => {
    expect(keyFor('research', false)).not.toBe(keyFor('research', true));
  });

  it('differs by research depth and site: research, research_pro and linkedin share no answer', () => {
    const keys = new Set([keyFor('research', true), keyFor('research_pro', true), keyFor('linkedin', true)]);
    expect(keys.size).toBe(3);
  });

  it('is the same for the same request, and a model-only answer ignores web search', () => {
    expect(keyFor('research_pro', true)).toBe(keyFor('research_pro', true));
    expect(keyFor('llm', false)).toBe(keyFor('llm', true));
  });
});

describe('researchScope', () => {
  it('has research agents read pages without web search; company profiles then answer from the model', () => {
    expect(researchScope({ agentType: 'research_pro' }, false)).toMatchObject({ webSearch: false });
    expect(researchScope({ kind: 'company_profile', agentType: 'research' }, false)).toBeNull();
    expect(researchScope({ kind: 'company_profile' }, true)).toMatchObject({ webSearch: true });
  });
});
