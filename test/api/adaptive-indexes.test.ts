import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTable, insertRows, queryRows } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';

const CITIES = ['Dublin', 'Lyon', 'Austin', 'Basel'];

/** A table past the size under which no index is worth it, loaded through the batch API. */
async function largeTable() {
  const table = await createTable([
    { name: 'city', dataType: 'text' },
    { name: 'score', dataType: 'number' },
    { name: 'revenue', dataType: 'number' },
  ]);
  const data = Array.from({ length: 11_000 }, (_, i) => ({
    city: CITIES[i % CITIES.length] as string,
    score: (i * 7) % 100,
    revenue: i,
  }));
  for (let first = 0; first < data.length; first += 1000)
    await insertRows(table.id, data.slice(first, first + 1000));
  return { table, data };
}

/** A client on the store the server under test runs on, while it runs (the native store: its socket). */
function liveStoreClient(): pg.Client {
  const env = inject('storeEnv');
  if (env.DATABASE_URL) return new pg.Client({ connectionString: env.DATABASE_URL });
  // postmaster.pid: line 4 is the port, line 5 the socket's folder.
  const [, , , port, socketDir] = readFileSync(
    join(env.DATA_DIR as string, 'postgres', 'postmaster.pid'),
    'utf8',
  ).split('\n');
  return new pg.Client({ host: socketDir, port: Number(port), user: 'postgres', database: 'postgres' });
}

/** The automatic indexes of a table, with whether each is valid. */
async function indexesOf(client: pg.Client, tableId: string) {
  return (
    await client.query<{ name: string; valid: boolean }>(
      `SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i
         JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
         JOIN user_tables u ON u.storage_name = t.relname
       WHERE u.id = $1 AND c.relname LIKE 'ix\\_%'`,
      [tableId],
    )
  ).rows;
}

describe('indexes built for the queries people make', () => {
  it('the first page of a new filter and sort (the one that has its indexes built) and the next ones are right, counts included', async () => {
    const { table, data } = await largeTable();
    for (const [city, score, direction] of [
      ['Basel', 30, 'asc'],
      ['Basel', 60, 'desc'],
      ['Dublin', 30, 'asc'],
    ] as const) {
      const matching = data.filter((row) => row.city === city && row.score >= score);
      const page = await queryRows(table.id, {
        filters: [
          { column: 'city', operator: 'eq', value: city },
          { column: 'score', operator: 'gte', value: score },
        ],
        sorts: [{ column: 'revenue', direction }],
        limit: 3,
      });
      expect(page.status).toBe(200);
      expect(page.headers.get('x-total-count')).toBe(String(matching.length));
      const revenues = matching
        .map((row) => row.revenue)
        .sort((a, b) => (direction === 'asc' ? a - b : b - a));
      expect(page.body.map((row) => row.data.revenue)).toEqual(revenues.slice(0, 3));
    }
  });

  it('on PostgreSQL, a filter and a sort that need new indexes (for the filter, and for the sort both ways) get all three, valid, and the page is right', async ({
    skip,
  }) => {
    if (inject('engine') !== 'postgres') skip();
    const { table, data } = await largeTable();
    const query = {
      filters: [
        { column: 'city', operator: 'eq', value: 'Lyon' },
        { column: 'score', operator: 'gte', value: 50 },
      ],
      sorts: [{ column: 'revenue', direction: 'desc' }],
      limit: 5,
    };
    expect((await queryRows(table.id, query)).status).toBe(200);

    const client = liveStoreClient();
    await client.connect();
    try {
      // Built concurrently in the background: a failed build would stay invalid, and unused, for good.
      const built = await eventually(
        async () => {
          const found = await indexesOf(client, table.id);
          return found.length === 3 && found.every((index) => index.valid) ? found : undefined;
        },
        15_000,
        'three valid indexes',
      );
      expect(built).toHaveLength(3);
    } finally {
      await client.end();
    }
    const expected = data
      .filter((row) => row.city === 'Lyon' && row.score >= 50)
      .map((row) => row.revenue)
      .sort((a, b) => b - a)
      .slice(0, 5);
    expect((await queryRows(table.id, query)).body.map((row) => row.data.revenue)).toEqual(expected);
  });

  it('on the native embedded store, the query that needs new indexes waits for them: all three are there and valid when its page comes back', async ({
    skip,
  }) => {
    if (inject('engine') !== 'embedded') skip();
    const { table, data } = await largeTable();
    const query = {
      filters: [
        { column: 'city', operator: 'eq', value: 'Basel' },
        { column: 'score', operator: 'gte', value: 30 },
      ],
      sorts: [{ column: 'revenue', direction: 'asc' }],
      limit: 5,
    };
    const first = await queryRows(table.id, query);
    const client = liveStoreClient();
    await client.connect();
    try {
      const found = await indexesOf(client, table.id);
      expect(found).toHaveLength(3);
      expect(found.every((index) => index.valid)).toBe(true);
    } finally {
      await client.end();
    }
    const expected = data
      .filter((row) => row.city === 'Basel' && row.score >= 30)
      .map((row) => row.revenue)
      .sort((a, b) => a - b)
      .slice(0, 5);
    expect(first.body.map((row) => row.data.revenue)).toEqual(expected);
    expect(first.headers.get('x-total-count')).toBe(
      String(data.filter((row) => row.city === 'Basel' && row.score >= 30).length),
    );
  });
});
