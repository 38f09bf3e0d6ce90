import type { RunBudget } from '../../../../contract/runs.ts';
import { parseAmount } from '../../../lib/parse-amount.ts';

/** A spending limit as typed: an amount and what it counts. Empty means no limit. */
export interface BudgetDraft {
  amount: string;
  unit: 'usd' | 'tokens';
}

export const NO_BUDGET: BudgetDraft = { amount: '', unit: 'usd' };

/** The limit to send, undefined for none; an amount that is not a positive number is an error. */
export function budgetOf(draft: BudgetDraft): { budget: RunBudget | undefined } | { error: string } {
  const parsed = parseAmount(draft.amount);
  if ('error' in parsed) return parsed;
  const { amount } = parsed;
  if (amount === null) return { budget: undefined };
  if (amount <= 0) return { error: 'Enter a positive amount, or leave it empty' };
  return draft.unit === 'usd'
    ? { budget: { maxUsd: amount } }
    : { budget: { maxTokens: Math.max(1, Math.round(amount)) } };
}
