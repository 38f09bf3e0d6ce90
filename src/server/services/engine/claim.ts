import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';

/** A claimed cell: the engine now holds it under a lease. */
export interface ClaimedCell {
  tableId: string;
  rowId: string;
  columnId: string;
  runId: string | null;
  /** This attempt's number: the completion is written only if the cell is still at it (fencing). */
  attempts: number;
}

interface ClaimedRecord {
  table_id: string;
  row_id: string;
  column_id: string;
  run_id: string | null;
  attempts: number;
}

/**
 * Claims up to `limit` queued cells for these provider keys, in one statement: the oldest available
 * first, skipping cells other servers hold (SKIP LOCKED) and cells whose row still has shallower AI
 * cells to fill (a column reading another runs after it, row by row). Cells at depth 0 skip that check:
 * written as an anti-join it made the planner check every queued cell before picking the oldest. Each claimed cell's table moves
 * to a new version, which its cells carry, so change feeds see them start.
 */
export async function claimCells(
  executor: Executor,
  options: { providers: string[]; limit: number; owner: string; leaseMs: number },
): Promise<ClaimedCell[]> {
  const providers = `{${options.providers.map((key) => `"${key.replaceAll('"', '')}"`).join(',')}}`;
  const records = await queryRows<ClaimedRecord>(
    executor,
    sql`WITH picked AS (
          SELECT c.table_id, c.row_id, c.column_id FROM ai_cells c
          WHERE c.status = 'requested' AND c.available_at <= now() AND c.provider = ANY(${providers}::text[])
            AND (c.depth = 0 OR NOT EXISTS (
              SELECT 1 FROM ai_cells u
              WHERE u.row_id = c.row_id AND u.depth < c.depth AND u.status IN ('requested', 'in_progress')))
          ORDER BY c.available_at
          LIMIT ${options.limit}
          FOR UPDATE OF c SKIP LOCKED),
        bumped AS (
          UPDATE user_tables t SET version = t.version + 1, updated_at = now()
          FROM (SELECT DISTINCT table_id FROM picked) p WHERE t.id = p.table_id
          RETURNING t.id, t.version)
        UPDATE ai_cells c SET status = 'in_progress', lease_owner = ${options.owner},
          lease_until = now() + ${options.leaseMs} * interval '1 millisecond', attempts = c.attempts + 1,
          started_at = now(), updated_at = now(), seq = bumped.version
        FROM picked JOIN bumped ON bumped.id = picked.table_id
        WHERE c.row_id = picked.row_id AND c.column_id = picked.column_id
        RETURNING c.table_id, c.row_id, c.column_id, c.run_id, c.attempts`,
  );
  return records.map((record) => ({
    tableId: record.table_id,
    rowId: record.row_id,
    columnId: record.column_id,
    runId: record.run_id,
    attempts: record.attempts,
  }));
}
