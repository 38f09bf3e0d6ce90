import type { Run } from '../../../../contract/runs.ts';
import { compactCount, formatCost } from '../../../lib/plan-text.ts';
import type { BudgetDraft } from './budget-draft.ts';

/** A run's limit in words: "$0.50", "600 tokens", "$0.50 or 600 tokens". */
export function budgetText(budget: NonNullable<Run['budget']>): string {
  return [
    budget.maxUsd !== null ? formatCost(budget.maxUsd) : null,
    budget.maxTokens !== null ? `${compactCount(budget.maxTokens)} tokens` : null,
  ]
    .filter(Boolean)
    .join(' or ');
}

/** What a paused run has left, in words: "18 cells left, ≈ 540 tokens, ≈ $0.03". */
export function leftText(left: NonNullable<Run['left']>): string {
  return [
    `${compactCount(left.cells)} cell${left.cells === 1 ? '' : 's'} left`,
    left.tokens !== null ? `≈ ${compactCount(left.tokens)} tokens` : null,
    left.costUsd !== null ? `≈ ${formatCost(left.costUsd)}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** What the run saved by reusing answers: "12 answers reused · 3.4k tokens · $0.01 saved". */
export function savedText(run: Pick<Run, 'cellsReused' | 'savedTokens' | 'savedUsd'>): string {
  const parts = [
    `${compactCount(run.cellsReused)} answer${run.cellsReused === 1 ? '' : 's'} reused`,
    `${compactCount(run.savedTokens)} tokens`,
  ];
  if (run.savedUsd > 0) parts.push(formatCost(run.savedUsd));
  return `${parts.join(' · ')} saved`;
}

/**
 * The limit a paused run is offered to continue with: enough for what it has left (rounded up), on
 * top of what it spent, in the unit it had; no limit when what is left cannot be priced.
 */
export function suggestedBudget(run: Run): BudgetDraft {
  const left = run.left;
  if (run.budget?.maxUsd != null && left?.costUsd != null) {
    // To the cent above, once float noise below a hundredth of a cent is gone.
    const amount = Math.ceil(Math.round((run.spentUsd + left.costUsd * 1.1) * 10_000) / 100) / 100;
    return { amount: amount.toFixed(2), unit: 'usd' };
  }
  if (run.budget?.maxTokens != null && left?.tokens != null) {
    const spent = run.tokensIn + run.tokensOut;
    return { amount: String(Math.ceil((spent + left.tokens * 1.1) / 100) * 100), unit: 'tokens' };
  }
  return { amount: '', unit: 'usd' };
}
