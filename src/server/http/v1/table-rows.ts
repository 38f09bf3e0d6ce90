import { ListRowsQuery, type Row } from '../../../contract/rows.ts';
import type { V1Row } from '../../../contract/v1/rows.ts';
import { parentRowsOf } from '../../services/kinds/parent-row.ts';
import type { RowAccess } from '../../services/rows/row-access.ts';
import type { Store } from '../../services/store/store.ts';
import { readRowMetadata } from '../../services/v1/row-metadata.ts';
import { v1Rows } from './row-output.ts';

/** Rows as /v1 answers them, with their metadata, for the table as it is now. */
export async function asV1Rows(store: Store, tableId: string, rows: Row[]): Promise<V1Row[]> {
  const table = await store.tables.get(tableId);
  const metadata = await readRowMetadata(
    store.db,
    rows.map((row) => row.id),
  );
  return v1Rows(table, rows, metadata, await parentRowsOf(store, table, rows));
}

/** One page of rows from `offset`, in creation order, through the same page cache as /api. */
export async function rowPage(
  rows: RowAccess,
  tableId: string,
  offset: number,
  limit: number,
): Promise<Row[]> {
  const page = await rows.page(tableId, ListRowsQuery.parse({ offset, limit }));
  return JSON.parse(page.body) as Row[];
}

/**
 * Every row from `offset` as /v1 rows, a page of `pageRows` at a time, until a page comes back short:
 * a whole table is never held at once.
 */
export async function* allV1Rows(
  store: Store,
  rows: RowAccess,
  tableId: string,
  offset: number,
  pageRows: number,
): AsyncGenerator<V1Row[]> {
  for (let at = offset; ; at += pageRows) {
    const page = await rowPage(rows, tableId, at, pageRows);
    if (page.length > 0) yield await asV1Rows(store, tableId, page);
    if (page.length < pageRows) return;
  }
}
