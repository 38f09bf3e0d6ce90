import { describe, expect, it } from 'vitest';
import type { Run } from '../../../../contract/runs.ts';
import { budgetText, leftText, savedText, suggestedBudget } from './run-budget-text.ts';

const paused = (over: Partial<Run>): Run =>
  ({
    tokensIn: 300,
    tokensOut: 100,
    spentUsd: 0.2,
    budget: { maxTokens: null, maxUsd: 0.25 },
    left: { cells: 10, tokens: 1000, costUsd: 0.5 },
    ...over,
  }) as Run;

describe('a run’s budget in words', () => {
  it('names the limit, what is left and what reuse saved', () => {
    expect(budgetText({ maxUsd: 0.5, maxTokens: 600 })).toBe('$0.50 or 600 tokens');
    expect(leftText({ cells: 1, tokens: null, costUsd: null })).toBe('1 cell left');
    expect(leftText({ cells: 18, tokens: 540, costUsd: 0.03 })).toBe('18 cells left, ≈ 540 tokens, ≈ $0.03');
    expect(savedText({ cellsReused: 12, savedTokens: 3400, savedUsd: 0 })).toBe(
      '12 answers reused · 3,400 tokens saved',
    );
  });

  it('offers to continue with enough for what is left, in the unit the run had', () => {
    expect(suggestedBudget(paused({}))).toEqual({ amount: '0.75', unit: 'usd' });
    expect(suggestedBudget(paused({ budget: { maxTokens: 500, maxUsd: null } }))).toEqual({
      amount: '1500',
      unit: 'tokens',
    });
    expect(suggestedBudget(paused({ left: { cells: 3, tokens: null, costUsd: null } }))).toEqual({
      amount: '',
      unit: 'usd',
    });
  });
});
