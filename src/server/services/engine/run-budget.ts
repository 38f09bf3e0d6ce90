import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';
import type { PriceTable } from '../ai/price-book.ts';
import { tokens } from '../enrich/estimate.ts';
import type { Store } from '../store.ts';
import { advanceTableVersion } from '../table-changes.ts';
import type { ClaimedCell } from './claim.ts';
import type { PreparedCell } from './prepare.ts';

/** What an answer takes, as a guess before any call of the run has said (a label is less, text more). */
const ANSWER_TOKENS = 50;

interface BudgetedRun {
  id: string;
  table_id: string;
  status: string;
  budget_tokens: number | null;
  budget_usd: number | null;
  tokens_in: number;
  tokens_out: number;
  spent_usd: number;
  paid: number;
  /** Its cells being called now, here or on another server (claimed ones included). */
  in_flight: number;
}

/** What one call is expected to take: tokens in and out, and dollars when the model has a price. */
interface CallCost {
  tokensIn: number;
  tokensOut: number;
  usd: number | null;
}

/** A call's size from its rendered request: the system text, the prompt (each step's) and the schema. */
function renderedCost(prepared: PreparedCell, prices: PriceTable): CallCost {
  const job = prepared.job;
  const perCall =
    job.kind === 'prompt'
      ? tokens(job.prompt.system) +
        tokens(job.prompt.prompt) +
        tokens(JSON.stringify(job.prompt.answer.jsonSchema))
      : job.kind === 'plan'
        ? (job.plan.earlier.length + 1) * (tokens(job.plan.system) + tokens(job.plan.final.render(new Map())))
        : 0;
  const calls = job.kind === 'plan' ? job.plan.earlier.length + 1 : 1;
  const tokensOut = job.kind === 'task' ? 0 : ANSWER_TOKENS * calls;
  return { tokensIn: perCall, tokensOut, usd: prices.costUsd(prepared.modelName, perCall, tokensOut) };
}

/**
 * A call's expected cost: the larger of what its request renders to and what the run's calls took on
 * average so far (a ceiling is a promise not to pass it: the guess leans high).
 */
function expectedCost(run: BudgetedRun, prepared: PreparedCell, prices: PriceTable): CallCost {
  const rendered = renderedCost(prepared, prices);
  if (run.paid === 0) return rendered;
  const tokensIn = Math.max(rendered.tokensIn, run.tokens_in / run.paid);
  const tokensOut = Math.max(rendered.tokensOut, run.tokens_out / run.paid);
  const usd = rendered.usd === null ? null : Math.max(rendered.usd, run.spent_usd / run.paid);
  return { tokensIn, tokensOut, usd };
}

/**
 * The budget check before calls: of the cells about to be called, those of a run with a ceiling are
 * let through while what the run spent, what its other calls in flight will likely spend and these
 * calls stay within it. At the first that would pass it the run pauses: that cell and the rest of its
 * run's cells go back to the queue (not counted as an attempt) and wait there, parked, until the run is
 * resumed. Runs without a ceiling cost one indexed read per batch. Returns the cells refused.
 */
export async function admitCalls(
  store: Store,
  owner: string,
  cells: PreparedCell[],
  claimed: ClaimedCell[],
  prices: PriceTable,
): Promise<Set<PreparedCell>> {
  const refused = new Set<PreparedCell>();
  const runIds = [
    ...new Set(cells.flatMap((prepared) => (prepared.cell.runId ? [prepared.cell.runId] : []))),
  ];
  if (runIds.length === 0) return refused;
  const budgeted = await queryRows<{ id: string }>(
    store.db,
    sql`SELECT id FROM ai_runs WHERE id = ANY(${`{${runIds.join(',')}}`}::uuid[])
          AND (budget_tokens IS NOT NULL OR budget_usd IS NOT NULL)`,
  );
  for (const { id } of budgeted) {
    const mine = cells.filter((prepared) => prepared.cell.runId === id);
    const held = await store.db.transaction(async (tx) => {
      const [run] = await queryRows<BudgetedRun>(
        tx,
        sql`SELECT r.id, r.table_id, r.status, r.budget_tokens::float8 AS budget_tokens, r.budget_usd,
              r.tokens_in::float8 AS tokens_in, r.tokens_out::float8 AS tokens_out, r.spent_usd,
              (r.cells_done - r.cells_reused)::int AS paid,
              (SELECT count(*)::int FROM ai_cells c WHERE c.run_id = r.id AND c.status = 'in_progress') AS in_flight
            FROM ai_runs r WHERE r.id = ${id} FOR UPDATE`,
      );
      if (!run) return [];
      // Cells of this claim answered otherwise (the cache, no input) are in progress too, yet no call.
      const inBatch = claimed.filter((cell) => cell.runId === id).length;
      const over = run.status === 'running' ? overCeiling(run, mine, inBatch, prices) : mine;
      if (over.length > 0) await pause(store, tx, run, owner, over);
      return over;
    });
    for (const prepared of held) refused.add(prepared);
  }
  return refused;
}

/** The cells, in order, from the first whose call would take the run past a ceiling. */
function overCeiling(
  run: BudgetedRun,
  cells: PreparedCell[],
  inBatch: number,
  prices: PriceTable,
): PreparedCell[] {
  const first = cells[0];
  if (!first) return [];
  // Calls in flight elsewhere (not this claim's) are counted at the run's expected cost each.
  const others = Math.max(0, run.in_flight - inBatch);
  const typical = expectedCost(run, first, prices);
  let tokensSoFar = run.tokens_in + run.tokens_out + others * (typical.tokensIn + typical.tokensOut);
  let usdSoFar = run.spent_usd + others * (typical.usd ?? 0);
  for (const [index, prepared] of cells.entries()) {
    const cost = expectedCost(run, prepared, prices);
    tokensSoFar += cost.tokensIn + cost.tokensOut;
    usdSoFar += cost.usd ?? 0;
    const passesTokens = run.budget_tokens !== null && tokensSoFar > run.budget_tokens;
    const passesUsd = run.budget_usd !== null && (cost.usd === null || usdSoFar > run.budget_usd);
    if (passesTokens || passesUsd) return cells.slice(index);
  }
  return [];
}

/**
 * Pauses a run: refused cells go back to the queue as if never claimed, and every queued cell of the
 * run is parked (available at 'infinity', so no claim takes it, yet it stays queued, not failed) until
 * resumeRun makes them available again. The table's version moves, so the grid sees them queued.
 */
async function pause(store: Store, tx: Executor, run: BudgetedRun, owner: string, cells: PreparedCell[]) {
  const version = await advanceTableVersion(store, tx, run.table_id);
  const keys = JSON.stringify(
    cells.map(({ cell }) => ({ row_id: cell.rowId, column_id: cell.columnId, attempts: cell.attempts })),
  );
  await tx.execute(sql`UPDATE ai_cells c SET status = 'requested', attempts = c.attempts - 1, lease_owner = NULL,
        lease_until = NULL, available_at = 'infinity', updated_at = now(), seq = ${version}
      FROM jsonb_to_recordset(${keys}::jsonb) AS x(row_id uuid, column_id uuid, attempts integer)
      WHERE c.row_id = x.row_id AND c.column_id = x.column_id AND c.status = 'in_progress'
        AND c.attempts = x.attempts AND c.lease_owner = ${owner}`);
  await tx.execute(sql`UPDATE ai_cells SET available_at = 'infinity'
      WHERE run_id = ${run.id} AND status = 'requested'`);
  await tx.execute(
    sql`UPDATE ai_runs SET status = 'paused', paused_at = now() WHERE id = ${run.id} AND status = 'running'`,
  );
}
