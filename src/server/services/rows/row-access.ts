import { LRUCache } from 'lru-cache';
import type { InsertRowsInput, ListRowsQuery, Row } from '../../../contract/rows.ts';
import type { Store } from '../store/store.ts';
import { type CachedPage, createPageCache } from './page-cache.ts';
import { deleteRows, insertRows } from './row-writes.ts';
import { listRows } from './rows.ts';
import type { TableMaintenance } from './table-maintenance.ts';

/**
 * Pages of rows read, and rows written, the way every caller should (HTTP, the engine, triggers, /v1):
 * a page already answered comes from the cache, keyed by table version; the totals of filtered queries
 * are remembered; a query on a large table asks maintenance for the indexes it would use; and writes
 * tell maintenance how many rows moved (light VACUUMs during a load, ANALYZE after it).
 */
export class RowAccess {
  readonly #store: Store;
  readonly #maintenance: TableMaintenance;
  readonly #counts = new LRUCache<string, number>({ max: 1000 });
  readonly #pages = createPageCache();

  constructor(store: Store, maintenance: TableMaintenance) {
    this.#store = store;
    this.#maintenance = maintenance;
  }

  /** One page of rows matching the query, as JSON, and how many match in all. */
  async page(tableId: string, query: ListRowsQuery): Promise<CachedPage> {
    const table = await this.#store.tables.get(tableId);
    const key = `${table.id}@${table.version}:${JSON.stringify(query)}`;
    const cached = this.#pages.get(key);
    if (cached) return cached;
    const indexed = await this.#maintenance.beforeQuery(table, query.sorts, query.filters);
    const { rows, total } = await listRows(this.#store, table, query, {
      counts: this.#counts,
      countInScan: !indexed,
    });
    const page = { body: JSON.stringify(rows), total };
    this.#pages.set(key, page);
    return page;
  }

  /** Inserts a batch of rows, all or nothing (see insertRows). */
  async insert(tableId: string, input: InsertRowsInput): Promise<Row[]> {
    const rows = await insertRows(this.#store, tableId, input);
    this.#maintenance.afterWrite(tableId, rows.length);
    return rows;
  }

  /** Deletes rows by id; returns how many existed. */
  async delete(tableId: string, rowIds: string[]): Promise<number> {
    const deleted = await deleteRows(this.#store, tableId, rowIds);
    this.#maintenance.afterWrite(tableId, deleted);
    return deleted;
  }
}
