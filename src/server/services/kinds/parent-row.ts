import type { RowData } from '../../../contract/rows.ts';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { getRow } from '../rows.ts';
import type { Store } from '../store.ts';
import type { ColumnMeta, TableMeta } from '../table-meta.ts';
import { relationshipsOf } from './table-relationships.ts';

/** The row a child row was made for: its table, id and values. */
export interface ParentRow {
  tableId: string;
  rowId: string;
  data: RowData;
}

/** The child table's column that links each row to its parent: the relation to the parent table. */
export const parentLinkColumn = (child: TableMeta, parentTableId: string): ColumnMeta | undefined =>
  child.columns.find(
    (column) => column.dataType === 'relation' && column.config.targetTableId === parentTableId,
  );

/** The id a child row's link names, if any. */
export const linkedId = (value: unknown): string | null =>
  Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;

/**
 * The parent row of a row of a child table (a person found for a company), read as it is now; null
 * for a row of a table that is nobody's child, or whose parent is gone.
 */
export async function parentRowOf(
  store: Store,
  table: TableMeta,
  data: RowData,
  executor: Executor = store.db,
): Promise<ParentRow | null> {
  const { parentRelationships } = await relationshipsOf(executor, table.id);
  for (const relationship of parentRelationships) {
    const link = parentLinkColumn(table, relationship.tableId);
    const rowId = link ? linkedId(data[link.name]) : null;
    if (!rowId) continue;
    try {
      const parent = await store.tables.get(relationship.tableId);
      const row = await getRow(executor, parent, rowId);
      return { tableId: parent.id, rowId, data: row.data };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return null;
}
