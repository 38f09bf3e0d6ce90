import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';
import { currentVersion } from '../table-changes.ts';
import type { ColumnMeta, TableMeta } from '../table-meta.ts';
import { finishRunsStatement } from './write-outcomes.ts';

/**
 * A person wrote AI cells: their values stand and the cells are locked, so reruns keep them unless
 * told to overwrite. A cell that was queued or running in a run leaves it (counted as cancelled there),
 * and an answer still on its way is dropped when it arrives (its cell is no longer running).
 */
export async function lockEditedCells(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  columns: ColumnMeta[],
): Promise<void> {
  if (columns.length === 0) return;
  const ids = `{${columns.map((column) => column.id).join(',')}}`;
  const left = await queryRows<{ run_id: string }>(
    executor,
    sql`SELECT run_id FROM ai_cells WHERE row_id = ${rowId} AND column_id = ANY(${ids}::uuid[])
          AND status IN ('requested', 'in_progress') AND run_id IS NOT NULL FOR UPDATE`,
  );
  await executor.execute(
    sql`INSERT INTO ai_cells (table_id, row_id, column_id, status, locked, seq, updated_at)
        SELECT ${table.id}, ${rowId}, column_id, 'done', true, ${currentVersion(table.id)}, now()
        FROM unnest(${ids}::uuid[]) AS column_id
        ON CONFLICT (row_id, column_id) DO UPDATE SET status = 'done', locked = true, stale = false, error = NULL,
          note = NULL, run_id = NULL, lease_owner = NULL, lease_until = NULL, seq = excluded.seq, updated_at = now()`,
  );
  for (const { run_id } of left) {
    await executor.execute(
      sql`UPDATE ai_runs SET cells_cancelled = cells_cancelled + 1 WHERE id = ${run_id}`,
    );
  }
  if (left.length > 0) await executor.execute(finishRunsStatement(left.map((cell) => cell.run_id)));
}

/** Lets reruns replace a cell a person wrote. */
export async function unlockCell(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  column: ColumnMeta,
): Promise<void> {
  await executor.execute(
    sql`UPDATE ai_cells SET locked = false, seq = ${currentVersion(table.id)}, updated_at = now()
        WHERE row_id = ${rowId} AND column_id = ${column.id}`,
  );
}
