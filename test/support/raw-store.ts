import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startCluster } from '../../src/server/db/native/cluster.ts';

type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/**
 * Reads the store behind the API's back, as someone holding a copy of it would: PostgreSQL through a
 * client, the embedded store by opening its folder (the server must be stopped: it has one user).
 */
export async function withRawStore<R>(
  env: Record<string, string>,
  work: (query: Query) => Promise<R>,
): Promise<R> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return await work(async (text, params = []) => (await client.query(text, params)).rows);
    } finally {
      await client.end();
    }
  }
  const dataDir = env.DATA_DIR as string;
  // The native store: its cluster started by this process, as the server would start it.
  if (existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) {
    const cluster = await startCluster(dataDir, { log: () => undefined, onExit: () => undefined });
    try {
      return await withRawStore(
        { DATABASE_URL: `postgres://postgres@/postgres?host=${encodeURIComponent(cluster.socketDir)}` },
        work,
      );
    } finally {
      await cluster.stop();
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  try {
    return await work(
      async <T>(text: string, params: unknown[] = []) => (await db.query<T>(text, params)).rows,
    );
  } finally {
    await db.close();
  }
}

/** One query on the store behind the API's back (see withRawStore). */
export const rawQuery = <T = Record<string, unknown>>(
  env: Record<string, string>,
  text: string,
  params: unknown[] = [],
): Promise<T[]> => withRawStore(env, (query) => query<T>(text, params));

/** Every table of the store (system catalogs aside) with its row count and a digest of all its rows. */
export const tableDigests = (env: Record<string, string>): Promise<Record<string, string>> =>
  withRawStore(env, async (query) => {
    const tables = await query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
       ORDER BY 1`,
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await query<{ n: string; digest: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${name} t`,
      );
      digests[name] = `${row?.n} rows, ${row?.digest}`;
    }
    return digests;
  });
