import { sql } from 'drizzle-orm';
import type { Row, RowData } from '../../../contract/rows.ts';
import { queryRows } from '../../db/database.ts';
import { withCells } from '../engine/cell-states.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { relationshipsOf } from '../tables/table-relationships.ts';

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
 * The parent rows of rows of a child table (the companies people were found for), read as they are
 * now, with their AI cells' states, in one query: the parent table and each child row's parent. Null
 * for a table that is nobody's child; a row whose parent is gone has none in the map.
 */
export async function parentRowsOf(
  store: Store,
  table: TableMeta,
  rows: Array<Pick<Row, 'id' | 'data'>>,
): Promise<{ table: TableMeta; parents: Map<string, Row> } | null> {
  const [relationship] = (await relationshipsOf(store.db, table.id)).parentRelationships;
  const link = relationship && parentLinkColumn(table, relationship.tableId);
  if (!relationship || !link) return null;
  const parent = await store.tables.get(relationship.tableId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!parent) return null;
  const ids = [...new Set(rows.flatMap((row) => linkedId(row.data[link.name]) ?? []))];
  if (ids.length === 0) return { table: parent, parents: new Map() };
  const stored = await queryRows<StoredRow>(
    store.db,
    sql`SELECT ${sql.raw(selectList(parent.columns))} FROM ${sql.raw(`"${parent.storageName}"`)}
        WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
  );
  const found = await withCells(
    store.db,
    parent,
    stored.map((record) => decodeRow(parent.id, parent.columns, record)),
  );
  const byId = new Map(found.map((row) => [row.id, row]));
  const parents = new Map<string, Row>();
  for (const row of rows) {
    const parentRow = byId.get(linkedId(row.data[link.name]) ?? '');
    if (parentRow) parents.set(row.id, parentRow);
  }
  return { table: parent, parents };
}

/** The parent row of one row, or null (see parentRowsOf). */
export async function parentRowOf(
  store: Store,
  table: TableMeta,
  row: Pick<Row, 'id' | 'data'>,
): Promise<ParentRow | null> {
  const found = await parentRowsOf(store, table, [row]);
  const parent = found?.parents.get(row.id);
  return found && parent ? { tableId: found.table.id, rowId: parent.id, data: parent.data } : null;
}
