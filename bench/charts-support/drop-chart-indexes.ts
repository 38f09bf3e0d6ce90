// A reused store keeps the indexes the previous run's charts asked for, so its "first request" would
// read them and measure nothing cold. On the native store the bench drops them (through the cluster's
// own socket) before the run; on PGlite (one process) and an external PostgreSQL it says so instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** Drops the automatic indexes (`ix_<table>_…`) of one user table of the native store in `dataDir`. */
export async function dropChartIndexes(dataDir: string, tableId: string): Promise<number> {
  const socketDir = join(dataDir, 'postgres');
  if (!existsSync(join(socketDir, '.s.PGSQL.5432'))) return -1;
  const client = new pg.Client({ host: socketDir, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT i.relname AS name FROM user_tables t
         JOIN pg_class i ON i.relname LIKE 'ix\\_' || t.storage_name || '\\_%' AND i.relkind = 'i'
       WHERE t.id = $1`,
      [tableId],
    );
    for (const { name } of rows) await client.query(`DROP INDEX IF EXISTS "${name}"`);
    return rows.length;
  } finally {
    await client.end();
  }
}
