import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { bulkLoadPostgres, copyStatement, isCopy } from './bulk-load.ts';
import type { Database, Db } from './database.ts';
import { PgliteWorkerClient } from './pglite/worker-client.ts';
import * as schema from './schema.ts';

const dialect = new PgDialect();
const toStatement = (statement: SQL) => {
  const query = dialect.sqlToQuery(statement);
  return { sql: query.sql, params: query.params };
};

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Advisory lock key held while migrating a shared PostgreSQL database. */
const MIGRATION_LOCK = 7_245_100;

export interface StoreConfig {
  databaseUrl: string | undefined;
  dataDir: string;
}

/**
 * Opens the configured store and applies pending migrations before anything else touches it.
 * `onFailure` hears of an embedded store that stops on its own: the server cannot go on without it.
 */
export async function openDatabase(
  config: StoreConfig,
  onFailure: (error: Error) => void = () => undefined,
): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir, onFailure);
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
                blob: new TextEncoder().encode(step.data),
              }
            : toStatement(step),
        ),
        !options.background,
      );
    },
    dumpStore: () => client.dump(),
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
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
    close: () => pool.end(),
  };
}
