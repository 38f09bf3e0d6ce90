import { createHash } from 'node:crypto';
import type { FilterSpec, SortSpec } from '../../../contract/rows.ts';
import type { Database } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import type { Store } from '../store/store.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { indexableFilterColumns, sortKeys } from './row-query.ts';

/** Tables smaller than this scan fast enough; indexes would only slow their writes. */
const MIN_ROWS_FOR_INDEX = 10_000;
/**
 * Rows written to a table between two light VACUUMs. Each visits only the pages written since the last
 * one (the rest are marked all-visible), a few milliseconds, so a bulk load never leaves a long VACUUM
 * behind it and the first query after the load meets pages already hinted and all-visible.
 */
const VACUUM_EVERY_ROWS = 25_000;
/** After the last write of a burst, the table is analyzed for the planner once the store is quiet. */
const SETTLE_DELAY_MS = 2_000;
/** ANALYZE waits until the store has served no request for this long. */
const QUIET_MS = 1_000;
/** Every index slows writes: past this many automatic ones, a table gets no more (per process). */
const MAX_INDEXES_PER_TABLE = 10;

/** An index to build: its name, its key expressions and the columns it includes. */
interface IndexSpec {
  name: string;
  element: string;
  include?: string;
}

/** One maintenance statement at a time per table, across servers: concurrent index builds deadlock. */
const maintenanceKey = (storageName: string) => `maintenance ${storageName}`;

/**
 * Keeps large user tables fast in the background:
 * - builds an index for each sort and each set of indexable filters people use on a large table, so
 *   the first such query scans and the next ones do not;
 * - VACUUMs a table lightly every 25,000 written rows, and ANALYZEs it after a burst of writes, so
 *   pages are all-visible (index-only scans for deep pages) and the planner knows the data: the
 *   embedded store has no autovacuum, and PostgreSQL's runs on its own schedule, minutes after a load.
 * Index builds start at once: on an embedded store (PGlite, the native PostgreSQL) the query that asks
 * for them waits for them, but every query after it is fast where without them each one scans (on the
 * native store ~20 of the first 30 queries after a million-row load scanned while CONCURRENTLY builds
 * went on: bench/RESULTS.md). ANALYZE after a burst of writes waits for a quiet moment; light VACUUMs are
 * short enough to run at once.
 */
export class TableMaintenance {
  readonly #database: Database;
  readonly #store: Store;
  readonly #logger: Logger;
  readonly #known = new Set<string>();
  readonly #indexesPerTable = new Map<string, number>();
  readonly #writes = new Map<string, { sinceVacuum: number; timer?: NodeJS.Timeout }>();
  /** Index builds under way, by index name: the end of the job that builds each. */
  readonly #building = new Map<string, Promise<void>>();
  /** Queries waiting for their indexes: to the jobs that wait for quiet, they are foreground work. */
  #waitingQueries = 0;
  /** Jobs that run as soon as they are asked for, one at a time. */
  #now: Promise<void> = Promise.resolve();
  /** Jobs that wait for the store to be quiet. */
  #quiet: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(database: Database, store: Store, logger: Logger) {
    this.#database = database;
    this.#store = store;
    this.#logger = logger;
  }

  /**
   * The indexes a query with these sorts and filters would use: one for its filters and one for its
   * first sort, in both directions. Empty cells sort last either way, so one b-tree read backwards
   * cannot serve the other direction, and flipping a sort is the next thing people do: it is ready.
   */
  #indexesFor(table: TableMeta, sorts: SortSpec[], filters: FilterSpec[]): IndexSpec[] {
    const filtered = indexableFilterColumns(table.columns, filters).map(
      (column) => `"${column.storageName}"`,
    );
    const [sort] = sorts;
    const directions = sort?.direction === 'desc' ? (['desc', 'asc'] as const) : (['asc', 'desc'] as const);
    const elements = [
      ...(sort
        ? directions.map((direction) => sortKeys(table.columns, [{ ...sort, direction }]).join(', '))
        : []),
      ...(filtered.length > 0 ? [filtered.join(', ')] : []),
    ];
    return elements.map((element) => ({
      name: `ix_${table.storageName}_${createHash('sha1').update(element).digest('hex').slice(0, 12)}`,
      element,
    }));
  }

  /**
   * Called before a page of rows is read with these sorts and filters. Schedules the indexes the query
   * would use (one job for all of them) and answers whether the query will find them: then its count
   * uses them too, where a query without them scans the table and counts its matches in that same scan.
   * On an embedded store the query waits for the build rather than scanning: PGlite runs one statement
   * at a time, so a scan would leave the next query to wait behind the build (one wait, not two); the
   * native PostgreSQL builds without CONCURRENTLY (one pass over the table instead of two and no wait
   * for other transactions; reads go on, writes to that table wait for the build), so the first query
   * waits once and the next ones use the indexes, where a query scanning a million rows beside a
   * concurrent build took 0.3-0.9 s. An external PostgreSQL, which other servers may share and write
   * to, builds CONCURRENTLY: the query goes on at once (it finds indexes being built as ready).
   */
  async beforeQuery(table: TableMeta, sorts: SortSpec[] = [], filters: FilterSpec[] = []): Promise<boolean> {
    if (table.rowCount < MIN_ROWS_FOR_INDEX) return false;
    const indexes = this.#indexesFor(table, sorts, filters);
    const scheduledBefore = indexes.every((index) => this.#known.has(index.name));
    this.#schedule(
      table,
      indexes.filter((index) => !this.#known.has(index.name)),
      { awaited: this.#database.exclusive },
    );
    if (!this.#database.exclusive) return scheduledBefore;
    this.#waitingQueries++;
    try {
      await Promise.all(indexes.map((index) => this.#building.get(index.name)));
    } finally {
      this.#waitingQueries--;
    }
    return indexes.every((index) => this.#known.has(index.name));
  }

  /**
   * Builds the missing indexes in one job, within the table's allowance. `awaited`: a query waits for
   * them (on the native store they are then built without CONCURRENTLY, see beforeQuery).
   */
  #schedule(table: TableMeta, missing: IndexSpec[], { awaited }: { awaited: boolean }): void {
    const room = MAX_INDEXES_PER_TABLE - this.#countFor(table.id);
    const wanted = missing.slice(0, Math.max(0, room));
    if (wanted.length === 0) return;
    for (const index of wanted) this.#known.add(index.name);
    this.#indexesPerTable.set(table.id, this.#countFor(table.id) + wanted.length);
    this.#enqueue(`index ${wanted.map((index) => index.name).join(', ')}`, () =>
      this.#createIndexes(table, wanted, { concurrently: !awaited }),
    );
    const built = this.#now;
    for (const index of wanted) this.#building.set(index.name, built);
    void built.then(() => {
      for (const index of wanted) this.#building.delete(index.name);
    });
  }

  /**
   * Called after a chart aggregated a large table: an index with the columns it groups by as keys (in
   * that order) and the column it measures included lets the next aggregation read that narrow index,
   * in group order, instead of scanning and hashing whole rows.
   */
  afterAggregate(
    table: TableMeta,
    keys: Array<{ storageName: string }>,
    included: Array<{ storageName: string }>,
  ): void {
    const quote = (columns: Array<{ storageName: string }>) => [
      ...new Set(columns.map((c) => `"${c.storageName}"`)),
    ];
    const key = quote(keys).join(', ');
    const include = quote(included)
      .filter((column) => !quote(keys).includes(column))
      .join(', ');
    if (!key || table.rowCount < MIN_ROWS_FOR_INDEX) return;
    const name = `ix_${table.storageName}_${createHash('sha1').update(`${key} INCLUDE ${include}`).digest('hex').slice(0, 12)}`;
    // Nobody waits for it: on PostgreSQL it is built CONCURRENTLY, so writes to the table go on.
    if (!this.#known.has(name)) this.#schedule(table, [{ name, element: key, include }], { awaited: false });
  }

  /** Called after rows of a table were written. */
  afterWrite(tableId: string, rows: number): void {
    const state = this.#writes.get(tableId) ?? { sinceVacuum: 0 };
    this.#writes.set(tableId, state);
    state.sinceVacuum += rows;
    if (state.sinceVacuum >= VACUUM_EVERY_ROWS) {
      state.sinceVacuum = 0;
      this.#enqueue(`vacuum ${tableId}`, () => this.#onTable(tableId, (name) => `VACUUM "${name}"`));
    }
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      this.#writes.delete(tableId);
      this.#enqueueWhenQuiet(`analyze ${tableId}`, () =>
        this.#onTable(tableId, (name) => `VACUUM ANALYZE "${name}"`),
      );
    }, SETTLE_DELAY_MS);
    state.timer.unref();
  }

  /** Waits for the running jobs and drops the rest; called on shutdown. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const state of this.#writes.values()) clearTimeout(state.timer);
    await Promise.all([this.#now, this.#quiet]);
  }

  #countFor(tableId: string): number {
    return this.#indexesPerTable.get(tableId) ?? 0;
  }

  async #onTable(tableId: string, statement: (storageName: string) => string): Promise<void> {
    const table = await this.#store.tables.get(tableId);
    await this.#database.runMaintenance(statement(table.storageName), {
      exclusiveKey: maintenanceKey(table.storageName),
    });
  }

  /**
   * Builds indexes, one at a time per table. On PostgreSQL an index nobody waits for is built
   * CONCURRENTLY, which leaves an invalid index behind when it fails (cancelled, the server stopped):
   * such a leftover (of any build) is dropped first, or IF NOT EXISTS would keep it, unused, for good.
   * PGlite gets them in one message, so a query arriving meanwhile waits once for all of them rather
   * than once per index.
   */
  async #createIndexes(
    table: TableMeta,
    indexes: IndexSpec[],
    { concurrently }: { concurrently: boolean },
  ): Promise<void> {
    const { storageName } = table;
    const postgres = this.#database.engine === 'postgres';
    const statements = indexes.flatMap(({ name, element, include }) => {
      const create = `CREATE INDEX ${postgres && concurrently ? 'CONCURRENTLY ' : ''}IF NOT EXISTS "${name}" ON "${storageName}" (${element})${include ? ` INCLUDE (${include})` : ''}`;
      const dropInvalid = `DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                   WHERE c.relname = '${name}' AND NOT i.indisvalid) THEN DROP INDEX "${name}"; END IF;
      END $$`;
      return postgres ? [dropInvalid, create] : [create];
    });
    const started = performance.now();
    for (const { name, element } of indexes) this.#logger.info({ index: name, element }, 'building index');
    try {
      await this.#database.runMaintenance(statements, { exclusiveKey: maintenanceKey(storageName) });
    } catch (error) {
      // Asked for again by the next query that would use them, within the table's allowance.
      for (const { name } of indexes) this.#known.delete(name);
      this.#indexesPerTable.set(table.id, this.#countFor(table.id) - indexes.length);
      throw error;
    }
    const ms = Math.round(performance.now() - started);
    for (const { name, element } of indexes) this.#logger.info({ index: name, element, ms }, 'index ready');
  }

  #enqueue(label: string, job: () => Promise<void>): void {
    this.#now = this.#chain(this.#now, label, job);
  }

  #enqueueWhenQuiet(label: string, job: () => Promise<void>): void {
    this.#quiet = this.#chain(this.#quiet, label, async () => {
      if (this.#closed) return;
      await this.#database.whenQuiet(QUIET_MS);
      while (this.#waitingQueries > 0 && !this.#closed) {
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
        await this.#database.whenQuiet(QUIET_MS);
      }
      if (!this.#closed) await job();
    });
  }

  #chain(queue: Promise<void>, label: string, job: () => Promise<void>): Promise<void> {
    if (this.#closed) return queue;
    return queue.then(job).catch((error: unknown) => {
      // A table deleted meanwhile, say: the job is simply no longer needed.
      this.#logger.warn({ err: error, job: label }, 'maintenance job failed');
    });
  }
}
