import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';
import type { PriceTable } from '../ai/price-book.ts';
import { tokens } from '../ai/token-guess.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
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
 * A call's expected cost: what the run's calls took on average so far, or, before its first call, what
 * the request renders to (system text, prompt, schema, a typical answer). The average is what a paused
 * run says its rest would cost, so a limit raised by that much lets it finish.
 */
function expectedCost(run: BudgetedRun, prepared: PreparedCell, prices: PriceTable): CallCost {
  if (run.paid === 0) return renderedCost(prepared, prices);
  const usd = run.spent_usd > 0 ? run.spent_usd / run.paid : prices.costUsd(prepared.modelName, 0, 0);
  return { tokensIn: run.tokens_in / run.paid, tokensOut: run.tokens_out / run.paid, usd };
}

/**
 * The budget check before calls: of the cells about to be called, those of a run with a ceiling are
 * let through while what the run spent, what its other calls in flight will likely spend and these
 * calls stay within it. The first that would pass it, and the rest of its run's cells here, go back to
 * the queue (not counted as an attempt): to be weighed again in a moment while the run has calls under
 * way (their real cost may leave room), or parked, the run paused, when it has none, until the run is
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
      // One admission per run at a time, across servers. Not a row lock on the run: writing outcomes
      // locks cells and then the run, and taking them the other way round here deadlocked.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${id}, 0))`);
      const [run] = await queryRows<BudgetedRun>(
        tx,
        sql`SELECT r.id, r.table_id, r.status, r.budget_tokens::float8 AS budget_tokens, r.budget_usd,
              r.tokens_in::float8 AS tokens_in, r.tokens_out::float8 AS tokens_out, r.spent_usd,
              (r.cells_done - r.cells_reused)::int AS paid,
              (SELECT count(*)::int FROM ai_cells c WHERE c.run_id = r.id AND c.status = 'in_progress') AS in_flight
            FROM ai_runs r WHERE r.id = ${id}`,
      );
      if (!run) return [];
      // Cells of this claim answered otherwise (the cache, no input) are in progress too, yet no call.
      const inBatch = claimed.filter((cell) => cell.runId === id).length;
      if (run.status !== 'running') {
        await putBack(store, tx, run, owner, mine, 'park');
        return mine;
      }
      const over = overCeiling(run, mine, inBatch, prices);
      if (over.length === 0) return over;
      // While some of its calls are under way, what they really cost is not known yet: the refused
      // cells wait a moment and are weighed again then. With none under way, the run pauses.
      const waiting = over.length < mine.length || run.in_flight > inBatch;
      await putBack(store, tx, run, owner, over, waiting ? 'later' : 'park');
      if (!waiting)
        await tx.execute(
          sql`UPDATE ai_runs SET status = 'paused', paused_at = now() WHERE id = ${run.id} AND status = 'running'`,
        );
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

/** How long cells refused while their run's calls are under way wait before they are weighed again. */
const WEIGH_AGAIN_MS = 1_000;

/**
 * Gives refused cells back to the queue as if never claimed. `later`: they are claimed again in a
 * moment. `park`: the run is pausing, and every queued cell of it is parked (available at 'infinity',
 * so no claim takes it, yet queued, not failed) until resumeRun makes them available again. The table's
 * version moves, so the grid sees them queued.
 */
async function putBack(
  store: Store,
  tx: Executor,
  run: BudgetedRun,
  owner: string,
  cells: PreparedCell[],
  when: 'later' | 'park',
) {
  const version = await advanceTableVersion(store, tx, run.table_id);
  const keys = JSON.stringify(
    cells.map(({ cell }) => ({ row_id: cell.rowId, column_id: cell.columnId, attempts: cell.attempts })),
  );
  const available =
    when === 'park' ? sql`'infinity'` : sql`now() + ${WEIGH_AGAIN_MS} * interval '1 millisecond'`;
  await tx.execute(sql`UPDATE ai_cells c SET status = 'requested', attempts = c.attempts - 1, lease_owner = NULL,
        lease_until = NULL, available_at = ${available}, updated_at = now(), seq = ${version}
      FROM jsonb_to_recordset(${keys}::jsonb) AS x(row_id uuid, column_id uuid, attempts integer)
      WHERE c.row_id = x.row_id AND c.column_id = x.column_id AND c.status = 'in_progress'
        AND c.attempts = x.attempts AND c.lease_owner = ${owner}`);
  if (when === 'park')
    await tx.execute(
      sql`UPDATE ai_cells SET available_at = 'infinity' WHERE run_id = ${run.id} AND status = 'requested'`,
    );
}
