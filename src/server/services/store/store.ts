import type { SQL } from 'drizzle-orm';
import type { BulkStep } from '../../db/bulk-load.ts';
import type { Database, Db } from '../../db/database.ts';
import type { CellHook } from './cell-hooks.ts';
import type { ColumnHook } from './column-hooks.ts';
import { EngineSignals } from './engine-signals.ts';
import type { RowHook } from './row-hooks.ts';
import { TableCache } from './table-cache.ts';
import type { TableHook } from './table-hooks.ts';

/** What every service works with: the database and the process's knowledge of it. */
export interface Store {
  db: Db;
  engine: Database['engine'];
  /** Table metadata by id, valid for the table's current version. */
  tables: TableCache;
  /** Runs stopped and AI cells written by this process, told to the AI engine as they happen. */
  signals: EngineSignals;
  /** What other capabilities do when rows are written (see row-hooks.ts); registered at startup. */
  rowHooks: RowHook[];
  /** What other capabilities check and do when a table's columns change (see column-hooks.ts). */
  columnHooks: ColumnHook[];
  /** The states of AI cells and what edits and column changes do to them (see cell-hooks.ts). */
  cellHooks: CellHook[];
  /** What the capabilities behind table kinds add to new tables (see table-hooks.ts). */
  tableHooks: TableHook[];
  /** Statements run in one transaction, in one trip to the store (see Database.batch). */
  batch(statements: SQL[]): Promise<Array<Record<string, unknown>[]>>;
  /** Statements and COPY loads in one transaction: the bulk path of imports (see Database.bulkLoad). */
  bulkLoad(steps: BulkStep[], options?: { background?: boolean }): Promise<void>;
  /**
   * Resolves once the store has served no request for `quietMs` (at once on PostgreSQL): bulk work
   * waits for it between batches, so the embedded store, which runs one statement at a time, answers
   * the grid's queries first.
   */
  whenQuiet(quietMs: number): Promise<void>;
}

export function createStore(
  database: Database,
  rowHooks: RowHook[] = [],
  columnHooks: ColumnHook[] = [],
  cellHooks: CellHook[] = [],
  tableHooks: TableHook[] = [],
): Store {
  // The embedded store has one writer, this process, so what it cached stays true until it writes;
  // PostgreSQL may be shared with other servers, so a cached entry is checked against the version.
  return {
    db: database.db,
    engine: database.engine,
    tables: new TableCache(database.db, database.engine === 'pglite'),
    signals: new EngineSignals(),
    rowHooks,
    columnHooks,
    cellHooks,
    tableHooks,
    batch: (statements) => database.batch(statements),
    bulkLoad: (steps, options) => database.bulkLoad(steps, options),
    whenQuiet: (quietMs) => database.whenQuiet(quietMs),
  };
}
