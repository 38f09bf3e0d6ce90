import { sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { ResumeInput, Run, RunBudget } from '../../../contract/runs.ts';
import { queryRows } from '../../db/database.ts';
import { roundUsd } from '../ai/price-book.ts';
import type { Providers } from '../ai/providers.ts';
import { ConflictError, ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import type { RunRecord } from './run-record.ts';

/** A budget as stored: both ceilings, null for none (a budget with neither is no budget). */
export const storedBudget = (budget: RunBudget | null | undefined) => ({
  budgetTokens: budget?.maxTokens ?? null,
  budgetUsd: budget?.maxUsd ?? null,
});

/**
 * 400 when a dollar ceiling cannot be kept: a column's model has no price (set one in Settings, or use
 * a token ceiling). Without prices a dollar budget would let every call through.
 */
export async function checkBudget(
  providers: Providers,
  columns: ColumnMeta[],
  budget: RunBudget | null | undefined,
): Promise<void> {
  if (budget?.maxUsd == null) return;
  const prices = await providers.prices.table();
  const errors: ErrorDetail[] = [];
  for (const column of columns) {
    // An AI column's settings name its provider and model; a column another capability fills, the defaults.
    const resolved = await providers.resolve(isAiColumn(column) ? column.config : {});
    if ('error' in resolved || prices.costUsd(resolved.model, 1, 1) !== null) continue;
    errors.push({
      path: 'budget.maxUsd',
      message: `The model "${resolved.model}" of ${column.name} has no price: set one in Settings, or give a token ceiling`,
    });
  }
  if (errors.length > 0) throw new ValidationError(errors[0]?.message ?? 'No price', errors);
}

/**
 * What a paused run has left: its queued cells, and what they would take at its average call so far
 * (tokens and dollars; unknown before its first call). Null for a run that is not paused.
 */
export async function runLeft(store: Store, record: RunRecord): Promise<Run['left']> {
  if (record.status !== 'paused') return null;
  const [counted] = await queryRows<{ n: number }>(
    store.db,
    sql`SELECT count(*)::int AS n FROM ai_cells WHERE run_id = ${record.id} AND status = 'requested'`,
  );
  const cells = counted?.n ?? 0;
  const paid = record.cellsDone - record.cellsReused;
  if (paid <= 0) return { cells, tokens: null, costUsd: null };
  const perCall = (Number(record.tokensIn) + Number(record.tokensOut)) / paid;
  return {
    cells,
    tokens: Math.round(perCall * cells),
    costUsd: record.spentUsd > 0 ? roundUsd((record.spentUsd / paid) * cells) : null,
  };
}

/**
 * Continues a paused run, with a new ceiling if given (null: none; left out: the one it has, so it
 * pauses again before the next call that would pass it). Its parked cells become available again.
 */
export async function resumeRun(
  store: Store,
  providers: Providers,
  record: RunRecord,
  columns: ColumnMeta[],
  input: ResumeInput,
): Promise<void> {
  if (record.status !== 'paused') throw new ConflictError('Only a paused run can be resumed');
  if (input.budget !== undefined) await checkBudget(providers, columns, input.budget);
  await store.db.transaction(async (tx) => {
    const version = await advanceTableVersion(store, tx, record.tableId);
    const budget = input.budget === undefined ? null : storedBudget(input.budget);
    await tx.execute(sql`UPDATE ai_runs SET status = 'running', paused_at = NULL,
          budget_tokens = ${budget ? budget.budgetTokens : sql`budget_tokens`},
          budget_usd = ${budget ? budget.budgetUsd : sql`budget_usd`}
        WHERE id = ${record.id} AND status = 'paused'`);
    await tx.execute(sql`UPDATE ai_cells SET available_at = now(), seq = ${version}, updated_at = now()
        WHERE run_id = ${record.id} AND status = 'requested'`);
  });
}
