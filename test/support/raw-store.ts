import pg from 'pg';

/**
 * Reads the store behind the API's back, as someone holding a copy of it would: PostgreSQL through a
 * client, the embedded store by opening its folder (the server must be stopped, PGlite has one user).
 */
export async function rawQuery<T = Record<string, unknown>>(
  env: Record<string, string>,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(env.DATA_DIR as string);
  try {
    return (await db.query<T>(text, params)).rows;
  } finally {
    await db.close();
  }
}
