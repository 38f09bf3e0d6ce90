import { sql } from 'drizzle-orm';
import { dataTypes } from '../../../contract/data-types/index.ts';
import type { VerifyInput } from '../../../contract/verified.ts';
import { queryRows } from '../../db/database.ts';
import { CLEAR_VERIFIED } from '../engine/person-edits.ts';
import { updateRow } from '../rows/row-writes.ts';
import { getRow, readRow } from '../rows/rows.ts';
import { ConflictError, ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion, currentVersion } from '../store/table-changes.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { isEmptyAnswer, markVerified } from './verified-marks.ts';

/**
 * A person verifies an AI cell: without a value its current answer is confirmed; with one, the value is
 * written as their edit (history, stale marks downstream) and verified. A cell still queued or running
 * has no answer to confirm yet (409); an empty cell has nothing to confirm (400).
 */
export async function verifyCell(
  store: Store,
  table: TableMeta,
  rowId: string,
  column: ColumnMeta,
  input: VerifyInput,
  by: string | null,
): Promise<void> {
  if (column.dataType !== 'ai') {
    throw new ValidationError('Only AI cells can be verified', [
      { path: 'column', message: `${column.name} is a ${column.dataType} column` },
    ]);
  }
  if ('value' in input && isEmptyAnswer(input.value)) {
    throw new ValidationError('A correction needs a value', [
      { path: 'value', message: 'Empty: to remove the mark, DELETE the verification instead' },
    ]);
  }
  if (input.value !== undefined) {
    const current = await getRow(store, table, rowId);
    const writable = Object.fromEntries(
      table.columns
        .filter((other) => dataTypes[other.dataType].writable)
        .map((other) => [other.name, current.data[other.name] ?? null]),
    );
    await updateRow(
      store,
      table.id,
      rowId,
      { data: { ...writable, [column.name]: input.value }, ...(by && { updatedBy: by }) },
      undefined,
    );
  }
  await store.db.transaction(async (tx) => {
    const [cell] = await queryRows<{ status: string }>(
      tx,
      sql`SELECT status FROM ai_cells WHERE row_id = ${rowId} AND column_id = ${column.id} FOR UPDATE`,
    );
    if (cell && (cell.status === 'requested' || cell.status === 'in_progress')) {
      throw new ConflictError(
        'The cell is being answered: confirm it once its answer is in, or send a value',
      );
    }
    const row = await readRow(tx, table, rowId);
    const value = row.data[column.name];
    if (isEmptyAnswer(value)) {
      throw new ValidationError('Nothing to confirm: the cell is empty', [
        { path: 'value', message: 'Send the right answer as value to correct it' },
      ]);
    }
    await advanceTableVersion(store, tx, table.id);
    await markVerified(tx, table, rowId, column, value, by);
  });
}

/** Removes a cell's verified mark, and its lock: runs may replace its value again. */
export async function unverifyCell(
  store: Store,
  table: TableMeta,
  rowId: string,
  column: ColumnMeta,
): Promise<void> {
  const row = await getRow(store, table, rowId);
  await store.db.transaction(async (tx) => {
    await advanceTableVersion(store, tx, table.id);
    await tx.execute(
      sql`UPDATE ai_cells SET ${CLEAR_VERIFIED}, locked = false, seq = ${currentVersion(table.id)}, updated_at = now()
          WHERE row_id = ${row.id} AND column_id = ${column.id}`,
    );
  });
}
