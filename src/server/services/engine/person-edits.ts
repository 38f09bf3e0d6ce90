import { sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { currentVersion } from '../store/table-changes.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { finishRunsStatement } from './write-outcomes.ts';

/**
 * The SET clause that removes a verified mark from an AI cell (with `locked = false` it also frees the
 * cell for runs). The marks are learning's (learning/verified-marks.ts); unlocking a cell clears them.
 */
export const CLEAR_VERIFIED = sql`verified_value = NULL, verified_by = NULL, verified_at = NULL`;

/**
 * A person wrote cells. In AI columns their values stand and the cells are locked, so reruns keep them
 * unless told to overwrite. A cell an enrichment had queued or was filling is left to the person (an
 * enrichment only fills empty cells). Either way a cell that was queued or running in a run leaves it
 * (counted as cancelled there), and an answer still on its way is dropped when it arrives (its cell is
 * no longer running).
 */
export async function lockEditedCells(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  columns: ColumnMeta[],
): Promise<void> {
  if (columns.length === 0) return;
  const idList = (list: ColumnMeta[] | string[]) =>
    `{${list.map((entry) => (typeof entry === 'string' ? entry : entry.id)).join(',')}}`;
  const left = await queryRows<{ run_id: string | null; column_id: string }>(
    executor,
    sql`SELECT run_id, column_id FROM ai_cells WHERE row_id = ${rowId} AND column_id = ANY(${idList(columns)}::uuid[])
          AND status IN ('requested', 'in_progress') FOR UPDATE`,
  );
  const ai = columns.filter(isAiColumn);
  if (ai.length > 0) {
    await executor.execute(
      sql`INSERT INTO ai_cells (table_id, row_id, column_id, status, locked, seq, updated_at)
          SELECT ${table.id}, ${rowId}, column_id, 'done', true, ${currentVersion(table.id)}, now()
          FROM unnest(${idList(ai)}::uuid[]) AS column_id
          ON CONFLICT (row_id, column_id) DO UPDATE SET status = 'done', locked = true, stale = false, error = NULL,
            note = NULL, run_id = NULL, lease_owner = NULL, lease_until = NULL, seq = excluded.seq, updated_at = now()`,
    );
  }
  const aiIds = new Set(ai.map((column) => column.id));
  const enriched = left.filter((cell) => !aiIds.has(cell.column_id)).map((cell) => cell.column_id);
  if (enriched.length > 0) {
    await executor.execute(
      sql`UPDATE ai_cells SET status = 'done', error = NULL, run_id = NULL, lease_owner = NULL, lease_until = NULL,
            seq = ${currentVersion(table.id)}, updated_at = now()
          WHERE row_id = ${rowId} AND column_id = ANY(${idList(enriched)}::uuid[])`,
    );
  }
  const runs = left.flatMap((cell) => (cell.run_id ? [cell.run_id] : []));
  for (const runId of runs) {
    await executor.execute(sql`UPDATE ai_runs SET cells_cancelled = cells_cancelled + 1 WHERE id = ${runId}`);
  }
  if (runs.length > 0) await executor.execute(finishRunsStatement(runs));
}

/** Lets reruns replace a cell a person wrote; a verified answer stops being one. */
export async function unlockCell(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  column: ColumnMeta,
): Promise<void> {
  await executor.execute(
    sql`UPDATE ai_cells SET locked = false, ${CLEAR_VERIFIED}, seq = ${currentVersion(table.id)}, updated_at = now()
        WHERE row_id = ${rowId} AND column_id = ${column.id}`,
  );
}
