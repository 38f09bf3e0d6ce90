import { describe, expect, it } from 'vitest';
import { budgetOf } from './budget-draft.ts';

describe('a spending limit as typed', () => {
  it('is none when empty, dollars or whole tokens otherwise', () => {
    expect(budgetOf({ amount: ' ', unit: 'usd' })).toEqual({ budget: undefined });
    expect(budgetOf({ amount: '$1.50', unit: 'usd' })).toEqual({ budget: { maxUsd: 1.5 } });
    expect(budgetOf({ amount: '12,000.4', unit: 'tokens' })).toEqual({ budget: { maxTokens: 12_000 } });
  });

  it('says what is wrong with an amount that is not a positive number', () => {
    expect(budgetOf({ amount: '-3', unit: 'usd' })).toEqual({
      error: 'Enter a positive amount, or leave it empty',
    });
    expect(budgetOf({ amount: 'lots', unit: 'tokens' })).toHaveProperty('error');
  });

  it('never reads a decimal comma as a limit ten times the one meant', () => {
    expect(budgetOf({ amount: '1,5', unit: 'usd' })).toHaveProperty('error');
    expect(budgetOf({ amount: '1,500', unit: 'usd' })).toEqual({ budget: { maxUsd: 1500 } });
  });
});
