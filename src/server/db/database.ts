import type { Readable } from 'node:stream';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { BulkStep } from './bulk-load.ts';
import type * as schema from './schema.ts';

type Schema = typeof schema;

/** Drizzle over either engine: PGlite (embedded, in a worker thread) or node-postgres (DATABASE_URL). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /**
   * Only this process uses the store (either embedded store), so at start, work claimed by a server can
   * only be this one's own from before a restart. An external PostgreSQL (DATABASE_URL) may be shared
   * with other servers. (Caches that trust what this process wrote need more: one connection, so no read
   * overlaps a write; they follow `engine === 'pglite'`.)
   */
  exclusive: boolean;
  /**
   * Runs maintenance statements (VACUUM, CREATE INDEX) in order, outside any transaction. On the
   * embedded store they do not count as foreground work, so they do not delay other maintenance
   * waiting for quiet, and a list goes as one message, so no query lands between its statements (a
   * query waits for all of them once, not for each in turn): a list must hold only statements allowed
   * in a transaction block (CREATE INDEX, not VACUUM). On PostgreSQL, statements given the same
   * `exclusiveKey` never run at the same time, on any server sharing the database: two concurrent
   * index builds on one table deadlock.
   */
  runMaintenance(statements: string | string[], options?: { exclusiveKey?: string }): Promise<void>;
  /**
   * Resolves once the store has done no foreground work for `quietMs`. The embedded store runs one
   * statement at a time, so a long maintenance statement started in a busy moment would stall
   * requests; PostgreSQL builds indexes concurrently and resolves at once.
   */
  whenQuiet(quietMs: number): Promise<void>;
  /**
   * Runs statements in one transaction, in order, and returns each one's rows. On the embedded store
   * the whole batch is one message to its thread, so the transaction never waits on this thread's other
   * work between statements: the way for hot writes whose statements do not depend on JavaScript logic.
   */
  batch(statements: SQL[]): Promise<Array<Record<string, unknown>[]>>;
  /**
   * The bulk path: statements and `COPY ... FROM` loads (see bulk-load.ts) in one transaction, in
   * order. PostgreSQL streams each COPY on the transaction's connection; the embedded store gets the
   * whole load as one message and reads each COPY's rows from `/dev/blob`. A `background` load (an
   * import's batch) does not count as foreground work there.
   */
  bulkLoad(steps: BulkStep[], options?: { background?: boolean }): Promise<void>;
  /**
   * The embedded store only: a consistent copy of its folder as a gzipped tar, taken while it serves
   * (backup/). Resolves once the copy has started; a failure later destroys the stream.
   */
  dumpStore?(): Promise<Readable>;
  close(): Promise<void>;
}

/** Runs a raw statement and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(executor: Executor, statement: SQL): Promise<T[]> {
  const result = (await executor.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}
