import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, Db } from './database.ts';
import * as schema from './schema.ts';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Advisory lock key held while migrating a shared PostgreSQL database. */
const MIGRATION_LOCK = 7_245_100;

export interface StoreConfig {
  databaseUrl: string | undefined;
  dataDir: string;
}

/** Opens the configured store and applies pending migrations before anything else touches it. */
export async function openDatabase(config: StoreConfig): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  mkdirSync(dataDir, { recursive: true });
  // Postgres' defaults assume a machine of its own; inside the app process a smaller buffer pool and
  // maintenance memory keep the whole server under 1 GiB with a million-row table (bench/RESULTS.md).
  const client = await PGlite.create(dataDir, {
    startParams: [
      ...PGlite.defaultStartParams,
      '-c',
      'shared_buffers=64MB',
      '-c',
      'maintenance_work_mem=32MB',
    ],
  });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Db, engine: 'pglite', close: () => client.close() };
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
  return { db: db as unknown as Db, engine: 'postgres', close: () => pool.end() };
}
