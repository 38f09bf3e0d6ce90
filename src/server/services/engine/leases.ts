import { sql } from 'drizzle-orm';
import { countText } from '../../../contract/count-text.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { finishRunsStatement } from './write-outcomes.ts';

/** Why work (a cell, an extraction chunk) whose server went away each time it was tried is given up. */
export const lostTooOften = (maxAttempts: number): string =>
  `Stopped after ${countText(maxAttempts, 'attempt')}: the server working on it went away each time`;

/** Keeps this server's claimed cells its own while their calls run. */
export async function extendLeases(executor: Executor, owner: string, leaseMs: number): Promise<void> {
  await executor.execute(
    sql`UPDATE ai_cells SET lease_until = now() + ${leaseMs} * interval '1 millisecond'
        WHERE lease_owner = ${owner} AND status = 'in_progress'`,
  );
}

/**
 * Returns cells whose worker went away (lease expired, or every running cell when `all`: the embedded
 * store's previous process is gone for sure) to the queue; a cell out of attempts fails instead.
 * Returns the tables touched.
 */
export async function reapCells(
  executor: Executor,
  options: { all: boolean; maxAttempts: number },
): Promise<string[]> {
  const lost = lostTooOften(options.maxAttempts);
  const reaped = await queryRows<{ table_id: string; run_id: string | null; status: string }>(
    executor,
    sql`WITH expired AS (
          SELECT row_id, column_id, table_id FROM ai_cells
          WHERE status = 'in_progress' AND (${options.all} OR lease_until < now())
          FOR UPDATE SKIP LOCKED),
        bumped AS (
          UPDATE user_tables t SET version = t.version + 1, updated_at = now()
          FROM (SELECT DISTINCT table_id FROM expired) e WHERE t.id = e.table_id
          RETURNING t.id, t.version)
        UPDATE ai_cells c SET
          status = CASE WHEN c.attempts >= ${options.maxAttempts} THEN 'failed' ELSE 'requested' END,
          error = CASE WHEN c.attempts >= ${options.maxAttempts} THEN ${lost} ELSE c.error END,
          lease_owner = NULL, lease_until = NULL, available_at = now(), updated_at = now(), seq = bumped.version
        FROM expired JOIN bumped ON bumped.id = expired.table_id
        WHERE c.row_id = expired.row_id AND c.column_id = expired.column_id
        RETURNING c.table_id, c.run_id, c.status`,
  );
  await countFailures(
    executor,
    reaped.filter((cell) => cell.status === 'failed'),
  );
  return [...new Set(reaped.map((cell) => cell.table_id))];
}

/** How long a queued cell no provider here can take waits for another server that can, before it fails. */
const UNROUTABLE_GRACE_S = 60;

/**
 * Fails queued cells no configured provider can take (a provider removed from Settings, or none left),
 * so they do not wait forever; after a grace period, in case another server sharing the store can.
 * Returns the tables touched.
 */
export async function failUnroutable(
  executor: Executor,
  known: string[],
  reason: (key: string) => string,
): Promise<string[]> {
  const keys = `{${known.map((key) => `"${key}"`).join(',')}}`;
  const stuck = await queryRows<{ provider: string }>(
    executor,
    sql`SELECT DISTINCT provider FROM ai_cells WHERE status = 'requested' AND NOT (provider = ANY(${keys}::text[]))
          AND available_at < now() - ${UNROUTABLE_GRACE_S} * interval '1 second'`,
  );
  const tables = new Set<string>();
  for (const { provider } of stuck) {
    const failed = await queryRows<{ table_id: string; run_id: string | null }>(
      executor,
      sql`WITH lost AS (SELECT row_id, column_id, table_id FROM ai_cells WHERE status = 'requested' AND provider = ${provider}
            AND available_at < now() - ${UNROUTABLE_GRACE_S} * interval '1 second' FOR UPDATE SKIP LOCKED),
          bumped AS (UPDATE user_tables t SET version = t.version + 1 FROM (SELECT DISTINCT table_id FROM lost) l WHERE t.id = l.table_id RETURNING t.id, t.version)
          UPDATE ai_cells c SET status = 'failed', error = ${reason(provider)}, updated_at = now(), seq = bumped.version
          FROM lost JOIN bumped ON bumped.id = lost.table_id WHERE c.row_id = lost.row_id AND c.column_id = lost.column_id
          RETURNING c.table_id, c.run_id`,
    );
    for (const cell of failed) tables.add(cell.table_id);
    await countFailures(executor, failed);
  }
  return [...tables];
}

/** Adds failed cells to their runs' counters and closes the runs left with nothing to do. */
async function countFailures(executor: Executor, failed: Array<{ run_id: string | null }>): Promise<void> {
  const runs = new Map<string, number>();
  for (const cell of failed) if (cell.run_id) runs.set(cell.run_id, (runs.get(cell.run_id) ?? 0) + 1);
  for (const [runId, n] of runs) {
    await executor.execute(sql`UPDATE ai_runs SET cells_failed = cells_failed + ${n} WHERE id = ${runId}`);
  }
  if (runs.size > 0) await executor.execute(finishRunsStatement([...runs.keys()]));
}
