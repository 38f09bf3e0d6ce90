import { type SQL, sql } from 'drizzle-orm';
import type { LRUCache } from 'lru-cache';
import type { ListRowsQuery, Row } from '../../contract/rows.ts';
import { type Executor, queryRows } from '../db/database.ts';
import { NotFoundError } from './errors.ts';
import { isUuid } from './ids.ts';
import { decodeRow, type StoredRow, selectList } from './row-codec.ts';
import { orderClause, whereClause } from './row-query.ts';
import type { Store } from './store.ts';
import type { TableMeta } from './table-meta.ts';

/**
 * One page of rows matching the query, and how many match in all. The page is found on ids and sort
 * keys alone, then its 50-odd rows are read whole: deep offsets then walk an index, not whole rows.
 */
export async function listRows(
  store: Store,
  table: TableMeta,
  query: ListRowsQuery,
  counts?: LRUCache<string, number>,
): Promise<{ rows: Row[]; total: number }> {
  const where = whereClause(table.columns, query.filters, query.search);
  const order = orderClause(table.columns, query.sorts);
  const from = sql.raw(`"${table.storageName}"`);
  const stored = await queryRows<StoredRow>(
    store.db,
    sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${from}
        WHERE id IN (SELECT id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset})
        ORDER BY ${order}`,
  );
  return {
    rows: stored.map((row) => decodeRow(table.id, table.columns, row)),
    total: await countRows(store, table, query, where, counts),
  };
}

async function countRows(
  store: Store,
  table: TableMeta,
  query: ListRowsQuery,
  where: SQL,
  counts?: LRUCache<string, number>,
): Promise<number> {
  if (!query.filters?.length && !query.search?.trim()) return table.rowCount;
  const key = `${table.id}@${table.version}:${JSON.stringify([query.filters, query.search])}`;
  const cached = counts?.get(key);
  if (cached !== undefined) return cached;
  const [result] = await queryRows<{ n: number }>(
    store.db,
    sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${table.storageName}"`)} WHERE ${where}`,
  );
  const total = Number(result?.n ?? 0);
  counts?.set(key, total);
  return total;
}

/** One row by id; "Row not found" when there is none. `lock` takes its row lock (inside a transaction). */
export async function getRow(
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
