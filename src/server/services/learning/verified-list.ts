import { examplesPerCall } from '../../../contract/ai/learning.ts';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { VerifiedCells } from '../../../contract/verified.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { inputTexts, verifiedCount, verifiedRows } from './verified-rows.ts';

/** A column's verified cells, newest first (up to `limit`), how many there are, and whether it learns. */
export async function listVerified(
  store: Store,
  table: TableMeta,
  column: ColumnMeta,
  limit: number,
): Promise<VerifiedCells> {
  const total = await verifiedCount(store.db, column);
  const rows = await verifiedRows(store.db, table, column, limit);
  // Only an AI column's settings say how many examples it takes; other columns take the default.
  const perCall = examplesPerCall(isAiColumn(column) ? column.config : {}, total);
  return {
    column: column.name,
    total,
    learning: perCall > 0 && total > 0,
    examplesPerCall: perCall,
    cells: rows.map((row) => ({
      rowId: row.rowId,
      inputs: inputTexts(column, table.columns, row.data),
      value: row.value,
      by: row.by,
      at: row.at,
    })),
  };
}
