import { sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { Row } from '../../../contract/rows.ts';
import type { Executor } from '../../db/database.ts';
import { CLEAR_VERIFIED } from '../engine/person-edits.ts';
import { currentVersion } from '../store/table-changes.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

export const isEmptyAnswer = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Marks a cell verified with this answer: done, locked (reruns keep it, like a person's edit), and out
 * of the run that wrote it (rolling that run back leaves a confirmed answer alone).
 */
export async function markVerified(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  column: ColumnMeta,
  value: unknown,
  by: string | null,
): Promise<void> {
  await executor.execute(
    sql`INSERT INTO ai_cells (table_id, row_id, column_id, status, locked, verified_value, verified_by, verified_at, seq, updated_at)
        VALUES (${table.id}, ${rowId}, ${column.id}, 'done', true, ${JSON.stringify(value)}::jsonb, ${by}, now(),
          ${currentVersion(table.id)}, now())
        ON CONFLICT (row_id, column_id) DO UPDATE SET status = 'done', locked = true, stale = false, error = NULL,
          run_id = NULL, lease_owner = NULL, lease_until = NULL, verified_value = excluded.verified_value,
          verified_by = excluded.verified_by, verified_at = now(), seq = excluded.seq, updated_at = now()`,
  );
}

/**
 * A person's edit of AI cells (typing over an answer) is a correction: each edited AI cell with a value
 * is verified with it; one emptied loses its mark (it stays locked, as any edit).
 */
export async function verifyEditedCells(
  executor: Executor,
  table: TableMeta,
  row: Row,
  edited: ColumnMeta[],
  by: string | null,
): Promise<void> {
  for (const column of edited.filter(isAiColumn)) {
    const value = row.data[column.name];
    if (isEmptyAnswer(value)) {
      await executor.execute(
        sql`UPDATE ai_cells SET ${CLEAR_VERIFIED} WHERE row_id = ${row.id} AND column_id = ${column.id}`,
      );
    } else {
      await markVerified(executor, table, row.id, column, value, by);
    }
  }
}
