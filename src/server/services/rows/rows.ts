import { type SQL, sql } from 'drizzle-orm';
import type { LRUCache } from 'lru-cache';
import type { ListRowsQuery, Row } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { withCellStates } from '../store/cell-hooks.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { decodeRow, type StoredRow, selectList } from './row-codec.ts';
import { orderClause, whereClause } from './row-query.ts';

/**
 * One page of rows matching the query, and how many match in all. The page is found on ids and sort
 * keys alone, then its 50-odd rows are read whole: deep offsets then walk an index, not whole rows.
 * A filtered total not known yet is counted either on its own or, when `countInScan` says the query
 * will scan the table anyway (no index serves it), in the same scan as the page: read once, not twice.
 */
export async function listRows(
  store: Store,
  table: TableMeta,
  query: ListRowsQuery,
  options: { counts?: LRUCache<string, number>; countInScan?: boolean } = {},
): Promise<{ rows: Row[]; total: number }> {
  const { counts, countInScan = false } = options;
  const where = whereClause(table.columns, query.filters, query.search);
  const order = orderClause(table.columns, query.sorts);
  const from = sql.raw(`"${table.storageName}"`);
  const filtered = Boolean(query.filters?.length || query.search?.trim());
  const countKey = `${table.id}@${table.version}:${JSON.stringify([query.filters, query.search])}`;
  const known = filtered ? counts?.get(countKey) : table.rowCount;
  const inline = known === undefined && countInScan;
  const total = inline ? sql`, count(*) OVER () AS total_count` : sql``;
  const stored = await queryRows<StoredRow & { total_count?: number | string }>(
    store.db,
    sql`WITH page AS (SELECT id AS page_id${total} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset})
        SELECT ${sql.raw(selectList(table.columns))}${inline ? sql`, page.total_count` : sql``}
        FROM ${from} JOIN page ON page.page_id = id
        ORDER BY ${order}`,
  );
  const counted = stored[0]?.total_count;
  const found = known ?? (counted !== undefined ? Number(counted) : await countRows(store, table, where));
  if (known === undefined) counts?.set(countKey, found);
  const rows = stored.map((row) => decodeRow(table.id, table.columns, row));
  return { rows: await withCellStates(store.cellHooks, store.db, table, rows), total: found };
}

/** Rows matching a filter, counted on their own (an index often answers this alone). */
async function countRows(store: Store, table: TableMeta, where: SQL): Promise<number> {
  const [result] = await queryRows<{ n: number }>(
    store.db,
    sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${table.storageName}"`)} WHERE ${where}`,
  );
  return Number(result?.n ?? 0);
}

/** One row by id with its cells' states, as a client sees it; "Row not found" when there is none. */
export async function getRow(store: Store, table: TableMeta, rowId: string): Promise<Row> {
  const row = await readRow(store.db, table, rowId);
  const [withState] = await withCellStates(store.cellHooks, store.db, table, [row]);
  return withState ?? row;
}

/**
 * One row's data by id, without cell states (a write reads it in its transaction); "Row not found" when
 * there is none. `lock` takes its row lock.
 */
export async function readRow(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  lock = false,
): Promise<Row> {
  const row = isUuid(rowId) ? await findRow(executor, table, rowId, lock) : undefined;
  if (!row) throw new NotFoundError('Row not found');
  return row;
}

async function findRow(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  lock: boolean,
): Promise<Row | undefined> {
  const [stored] = await queryRows<StoredRow>(
    executor,
    sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${sql.raw(`"${table.storageName}"`)}
        WHERE id = ${rowId} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  return stored && decodeRow(table.id, table.columns, stored);
}
