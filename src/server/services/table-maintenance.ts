import { createHash } from 'node:crypto';
import type { FilterSpec, SortSpec } from '../../contract/rows.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { indexableFilterColumns, sortKeys } from './row-query.ts';
import type { Store } from './store.ts';
import type { TableMeta } from './table-meta.ts';

/** Tables smaller than this scan fast enough; indexes would only slow their writes. */
const MIN_ROWS_FOR_INDEX = 10_000;
/** Rows written since the last VACUUM that make another one worth it. */
const MIN_WRITES_FOR_VACUUM = 10_000;
const VACUUM_DELAY_MS = 2_000;
/** Every index slows writes: past this many automatic ones, a table gets no more (per process). */
const MAX_INDEXES_PER_TABLE = 8;

/**
 * Keeps large user tables fast in the background, one job at a time:
 * - builds an index for each sort and each set of indexable filters people use on a large table, so
 *   the first such query scans and the next ones do not;
 * - runs VACUUM ANALYZE after a burst of writes so pages become all-visible (index-only scans for deep
 *   pages) and the planner knows the data: the embedded store has no autovacuum, and PostgreSQL's
 *   runs on its own schedule, minutes after a bulk load.
 */
export class TableMaintenance {
  readonly #database: Database;
  readonly #store: Store;
  readonly #logger: Logger;
  readonly #known = new Set<string>();
  readonly #indexesPerTable = new Map<string, number>();
  readonly #writes = new Map<string, { rows: number; timer?: NodeJS.Timeout }>();
  #queue: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(database: Database, store: Store, logger: Logger) {
    this.#database = database;
    this.#store = store;
    this.#logger = logger;
  }

  /** Called after a page of rows was read with these sorts and filters. */
  afterQuery(table: TableMeta, sorts: SortSpec[] = [], filters: FilterSpec[] = []): void {
    if (table.rowCount < MIN_ROWS_FOR_INDEX) return;
    const filtered = indexableFilterColumns(table.columns, filters).map(
      (column) => `"${column.storageName}"`,
    );
    const elements = [
      ...(sorts[0] ? [sortKeys(table.columns, sorts.slice(0, 1)).join(', ')] : []),
      ...(filtered.length > 0 ? [filtered.join(', ')] : []),
    ];
    for (const element of elements) {
      const name = `ix_${table.storageName}_${createHash('sha1').update(element).digest('hex').slice(0, 12)}`;
      if (this.#known.has(name) || this.#countFor(table.id) >= MAX_INDEXES_PER_TABLE) continue;
      this.#known.add(name);
      this.#indexesPerTable.set(table.id, this.#countFor(table.id) + 1);
      this.#enqueue(`index ${name}`, () => this.#createIndex(table.storageName, name, element));
    }
  }

  /** Called after rows of a table were written; schedules a VACUUM once enough have changed. */
  afterWrite(tableId: string, rows: number): void {
    const state = this.#writes.get(tableId) ?? { rows: 0 };
    state.rows += rows;
    this.#writes.set(tableId, state);
    if (state.rows < MIN_WRITES_FOR_VACUUM) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      this.#writes.delete(tableId);
      this.#enqueue(`vacuum ${tableId}`, async () => {
        const table = await this.#store.tables.get(tableId);
        await this.#database.runMaintenance(`VACUUM ANALYZE "${table.storageName}"`);
      });
    }, VACUUM_DELAY_MS);
    state.timer.unref();
  }

  #countFor(tableId: string): number {
    return this.#indexesPerTable.get(tableId) ?? 0;
  }

  /** Waits for the running job and drops the rest; called on shutdown. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const state of this.#writes.values()) clearTimeout(state.timer);
    await this.#queue;
  }

  async #createIndex(storageName: string, name: string, element: string): Promise<void> {
    const concurrently = this.#database.engine === 'postgres' ? 'CONCURRENTLY ' : '';
    const started = performance.now();
    await this.#database.runMaintenance(
      `CREATE INDEX ${concurrently}IF NOT EXISTS "${name}" ON "${storageName}" (${element})`,
    );
    this.#logger.info({ index: name, element, ms: Math.round(performance.now() - started) }, 'index ready');
  }

  #enqueue(label: string, job: () => Promise<void>): void {
    if (this.#closed) return;
    this.#queue = this.#queue.then(job).catch((error: unknown) => {
      // A table deleted meanwhile, say: the job is simply no longer needed.
      this.#logger.warn({ err: error, job: label }, 'maintenance job failed');
    });
  }
}
