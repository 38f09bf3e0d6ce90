import { randomBytes } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { FilterSpec, Row, SortSpec } from '../../../../contract/rows.ts';
import { queryRows } from '../../../db/database.ts';
import { decodeRow, type StoredRow, selectList } from '../../rows/row-codec.ts';
import { orderClause, whereClause } from '../../rows/row-query.ts';
import type { Store } from '../../store/store.ts';
import type { TableMeta } from '../../store/table-meta.ts';

export interface ExportView {
  filters?: FilterSpec[] | undefined;
  sorts?: SortSpec[] | undefined;
  search?: string | undefined;
}

/** How many rows the view holds: the table's count when unfiltered, else one counting query. */
export async function countView(store: Store, table: TableMeta, view: ExportView): Promise<number> {
  if (!view.filters?.length && !view.search?.trim()) return table.rowCount;
  const [row] = await queryRows<{ n: number }>(
    store.db,
    sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${table.storageName}"`)} WHERE ${whereClause(table.columns, view.filters, view.search)}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * The view's rows in pages of `pageRows`, each page one short query, so a million-row export holds
 * one page in memory and never keeps the store busy for long (the grid goes on answering).
 * Unsorted, pages follow the primary key (ids grow with insertion: the grid's default order). Sorted,
 * the view's order is numbered once into a scratch table of (rn, id), then read by rn: a deep OFFSET
 * would sort the table again for every page. Pages read committed data as they go, so rows changed
 * during an export appear as they were when their page was read.
 */
export function exportPages(
  store: Store,
  table: TableMeta,
  view: ExportView,
  pageRows: number,
): AsyncGenerator<Row[]> {
  return exportSelect(
    store,
    table,
    view,
    pageRows,
    sql.raw(selectList(table.columns, 't')),
    (stored: StoredRow[]) => stored.map((row) => decodeRow(table.id, table.columns, row)),
  );
}

/**
 * The paging of `exportPages` for any select list over the table aliased `t` (it must select `t.id`
 * as `id`), each page handed to `map`: the CSV export selects finished lines instead of rows.
 */
export async function* exportSelect<R extends { id: string }, T>(
  store: Store,
  table: TableMeta,
  view: ExportView,
  pageRows: number,
  columns: SQL,
  map: (page: R[]) => T,
): AsyncGenerator<T> {
  const where = whereClause(table.columns, view.filters, view.search);
  const from = sql.raw(`"${table.storageName}"`);
  const decode = map;
  if (!view.sorts?.length) {
    let last: string | null = null;
    for (;;) {
      const after: SQL = last === null ? sql`TRUE` : sql`t.id > ${last}::uuid`;
      const page = await queryRows<R>(
        store.db,
        sql`SELECT ${columns} FROM ${from} t WHERE (${where}) AND ${after} ORDER BY t.id LIMIT ${pageRows}`,
      );
      if (page.length > 0) yield decode(page);
      if (page.length < pageRows) return;
      last = page[page.length - 1]?.id ?? null;
    }
  }
  const scratch = sql.raw(`"ait_export_${randomBytes(6).toString('hex')}"`);
  await store.db.execute(
    sql`CREATE UNLOGGED TABLE ${scratch} AS SELECT row_number() OVER (ORDER BY ${orderClause(table.columns, view.sorts)}) AS rn, id
        FROM ${from} WHERE ${where}`,
  );
  try {
    await store.db.execute(sql`ALTER TABLE ${scratch} ADD PRIMARY KEY (rn)`);
    const size = await scratchSize(store, scratch);
    for (let last = 0; last < size; last += pageRows) {
      const page = await queryRows<R>(
        store.db,
        sql`SELECT ${columns} FROM ${scratch} s JOIN ${from} t ON t.id = s.id
            WHERE s.rn > ${last} AND s.rn <= ${last + pageRows} ORDER BY s.rn`,
      );
      if (page.length > 0) yield decode(page);
    }
  } finally {
    await store.db.execute(sql`DROP TABLE IF EXISTS ${scratch}`);
  }
}

async function scratchSize(store: Store, scratch: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number | null }>(
    store.db,
    sql`SELECT max(rn)::int AS n FROM ${scratch}`,
  );
  return Number(row?.n ?? 0);
}
