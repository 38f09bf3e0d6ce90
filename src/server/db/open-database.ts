import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { PoolConfig } from 'pg';
import { onBackgroundLane } from './background-lane.ts';
import { bulkLoadPostgres, type CopyIn, copyStatement, isCopy } from './bulk-load.ts';
import type { Database, Db } from './database.ts';
import { NativeStoreUnavailable, startCluster } from './native/cluster.ts';
import { onlineBackup } from './native/online-backup.ts';
import { PgliteWorkerClient } from './pglite/worker-client.ts';
import * as schema from './schema.ts';

const dialect = new PgDialect();
const toStatement = (statement: SQL) => {
  const query = dialect.sqlToQuery(statement);
  return { sql: query.sql, params: query.params };
};

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Connections kept for the background lane (the AI engine), beside the requests' PG_POOL_SIZE: a claim,
 * a lease renewal and a result write can run at once.
 */
const BACKGROUND_POOL_SIZE = 3;

/** Advisory lock key held while migrating a shared PostgreSQL database. */
const MIGRATION_LOCK = 7_245_100;

export interface StoreConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Which embedded store a new DATA_DIR gets (EMBEDDED_STORE): native PostgreSQL or PGlite. */
  embeddedStore: 'postgres' | 'pglite';
}

/** Where the store says what it chose and why, and where the embedded PostgreSQL's own log goes. */
export interface StoreLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

/**
 * Opens the configured store and applies pending migrations before anything else touches it:
 * DATABASE_URL's PostgreSQL, else the embedded store in DATA_DIR (docs/storage.md). `onFailure` hears
 * of an embedded store that stopped and cannot be started again: the server cannot go on without it.
 */
export async function openDatabase(
  config: StoreConfig,
  log: StoreLog,
  onFailure: (error: Error) => void = () => undefined,
): Promise<Database> {
  if (config.databaseUrl) return openPostgres({ connectionString: config.databaseUrl });
  const { dataDir } = config;
  // A DATA_DIR that holds a PGlite cluster at its top is a store made before the native one was the
  // default: it stays on PGlite, never silently replaced by an empty store (docs/storage.md).
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    if (config.embeddedStore === 'postgres') {
      log.warn(
        { dataDir },
        'DATA_DIR holds a PGlite store: keeping PGlite for it (docs/storage.md: moving it to the native store)',
      );
    }
    return openPglite(dataDir, onFailure);
  }
  if (config.embeddedStore === 'pglite') return openPglite(dataDir, onFailure);
  try {
    return await openNative(dataDir, log, onFailure);
  } catch (error) {
    if (!(error instanceof NativeStoreUnavailable)) throw error;
    log.warn({ dataDir, reason: error.message }, 'the native store cannot run here: using PGlite');
    return openPglite(dataDir, onFailure);
  }
}

/** PostgreSQL that this process starts from the binaries in node_modules, and stops with itself. */
async function openNative(dataDir: string, log: StoreLog, onFailure: (error: Error) => void) {
  const cluster = await startCluster(dataDir, {
    log: (line) => log.debug({ postgres: line }, 'embedded PostgreSQL'),
    onRestart: (reason) =>
      log.warn(
        { reason },
        'embedded PostgreSQL stopped by itself: starting it again (requests get 503 meanwhile)',
      ),
    onRestarted: () => log.info({}, 'embedded PostgreSQL running again'),
    onExit: onFailure,
  });
  // Where a backup or psql reaches it (docs/storage.md).
  log.info(
    { cluster: join(dataDir, 'postgres'), socketDir: cluster.socketDir },
    'embedded PostgreSQL running',
  );
  try {
    const connection = {
      host: cluster.socketDir,
      port: cluster.port,
      user: 'postgres',
      database: 'postgres',
    };
    const database = await openPostgres(connection);
    return {
      ...database,
      exclusive: true,
      // On a session of its own, outside the pool: a long copy takes none of the requests' connections.
      dumpStore: async () => {
        const { Client } = await import('pg');
        const session = new Client(connection);
        // A restart under the copy fails its query (and so the backup), never the process.
        session.on('error', () => undefined);
        await session.connect();
        return onlineBackup(session, join(dataDir, 'postgres'));
      },
      close: async () => {
        await database.close();
        await cluster.stop();
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

// Postgres' defaults assume a machine of its own; inside the app process a smaller buffer pool and
// maintenance memory keep the whole server under 1 GiB with a million-row table (bench/RESULTS.md).
const PGLITE_SETTINGS = ['shared_buffers=64MB', 'maintenance_work_mem=32MB'];

async function openPglite(dataDir: string, onFailure: (error: Error) => void): Promise<Database> {
  const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PgliteWorkerClient.start(
    {
      dataDir,
      migrationsFolder,
      startParams: [...PGliteClass.defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ['-c', s])],
    },
    onFailure,
  );
  // Drizzle's PGlite driver calls query, exec and transaction, which the worker client offers.
  const db = drizzle(client as unknown as PGlite, { schema });
  return {
    db: db as unknown as Db,
    engine: 'pglite',
    exclusive: true,
    // One connection runs one statement at a time: nothing can overlap here. A list is one message.
    runMaintenance: async (statements) => {
      await client.background([statements].flat().join(';\n'));
    },
    whenQuiet: async (quietMs) => {
      for (;;) {
        const { inFlight, lastActive } = client.activity;
        const wait = inFlight > 0 ? quietMs : lastActive + quietMs - performance.now();
        if (wait <= 0) return;
        await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 10)));
      }
    },
    batch: (statements) => client.batch(statements.map(toStatement)),
    // An import's batches are not foreground work: it waits for quiet between them (see
    // Store.whenQuiet), and its own batches must not count as noise.
    bulkLoad: async (steps, options = {}) => {
      await client.batch(
        steps.map((step) =>
          isCopy(step)
            ? {
                sql: copyStatement(step, "'/dev/blob'"),
                params: [],
                blob: new TextEncoder().encode(copyData(step)),
              }
            : toStatement(step),
        ),
        !options.background,
      );
    },
    dumpStore: async () => Readable.from([Buffer.from(await client.dump())]),
    close: () => client.close(),
  };
}

async function openPostgres(connection: PoolConfig): Promise<Database> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({ ...connection, max: Number(process.env.PG_POOL_SIZE ?? 10) });
  const background = new Pool({ ...connection, max: BACKGROUND_POOL_SIZE });
  for (const each of [pool, background]) {
    // An idle connection the server closed (a restart, a shutdown) is dropped from the pool; unhandled,
    // its error would end the process. A query after a real outage fails on its own connection.
    each.on('error', () => undefined);
    // The same for a connection in use (a transaction's) when the server goes: its query fails and the
    // request answers 503 (http/errors.ts); the pool drops the broken client when it is released.
    each.on('connect', (client) => client.on('error', () => undefined));
  }
  // Every query and transaction takes its connection through `connect` (pg-pool's `query` too): work
  // in the background lane takes it from its own pool (db/background-lane.ts).
  const connectRequest = pool.connect.bind(pool);
  pool.connect = ((callback?: Parameters<typeof pool.connect>[0]) =>
    onBackgroundLane()
      ? background.connect(callback as never)
      : connectRequest(callback as never)) as typeof pool.connect;
  // Several servers may share one database and start together: one migrates, the others wait.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  const db = drizzle(pool, { schema });
  return {
    db: db as unknown as Db,
    engine: 'postgres',
    exclusive: false,
    runMaintenance: async (statements, options = {}) => {
      const connection = await pool.connect();
      const key = options.exclusiveKey;
      try {
        // A session lock on this connection, held across the statements (they cannot run in a transaction).
        if (key) await connection.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
        for (const statement of [statements].flat()) await connection.query(statement);
      } finally {
        if (key)
          await connection.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
        connection.release();
      }
    },
    whenQuiet: async () => undefined,
    batch: async (statements) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const results: Array<Record<string, unknown>[]> = [];
        for (const statement of statements) {
          const { sql, params } = toStatement(statement);
          results.push((await connection.query(sql, params)).rows);
        }
        await connection.query('COMMIT');
        return results;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    bulkLoad: async (steps) => bulkLoadPostgres(await pool.connect(), steps, toStatement),
    close: async () => {
      await pool.end();
      await background.end();
    },
  };
}

/** PGlite takes a load as one message: its COPY data must be known before it is sent. */
function copyData(step: CopyIn): string {
  if (typeof step.data !== 'string') throw new Error('PGlite loads take COPY data built beforehand');
  return step.data;
}
