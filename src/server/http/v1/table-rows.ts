import { ListRowsQuery, type Row } from '../../../contract/rows.ts';
import type { V1Row } from '../../../contract/v1/rows.ts';
import { parentRowsOf } from '../../services/kinds/parent-row.ts';
import type { RowAccess } from '../../services/row-access.ts';
import type { Store } from '../../services/store.ts';
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

/**
 * Rows from `offset`, in creation order: `limit` of them, or all when no limit is given (read in pages
 * of `pageRows`, the server's page size).
 */
export async function readRows(
  rows: RowAccess,
  tableId: string,
  offset: number,
  limit: number | undefined,
  pageRows: number,
): Promise<Row[]> {
  const found: Row[] = [];
  for (;;) {
    const want = Math.min(pageRows, limit === undefined ? pageRows : limit - found.length);
    if (want <= 0) return found;
    const page = await rows.page(
      tableId,
      ListRowsQuery.parse({ offset: offset + found.length, limit: want }),
    );
    const batch = JSON.parse(page.body) as Row[];
    found.push(...batch);
    if (batch.length < want) return found;
  }
}
