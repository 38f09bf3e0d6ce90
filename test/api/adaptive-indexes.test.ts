import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { eventually } from '../support/ai.ts';
import { createTable, insertRows, queryRows } from '../support/api.ts';

const CITIES = ['Dublin', 'Lyon', 'Austin', 'Basel'];

describe('indexes built for the queries people make', () => {
  it('on PostgreSQL, a filter and a sort that need two new indexes get both, valid, and the page is right', async ({
    skip,
  }) => {
    if (inject('engine') !== 'postgres') skip();
    const table = await createTable([
      { name: 'city', dataType: 'text' },
      { name: 'score', dataType: 'number' },
      { name: 'revenue', dataType: 'number' },
    ]);
    // Past the size under which no index is worth it.
    const data = Array.from({ length: 11_000 }, (_, i) => ({
      city: CITIES[i % CITIES.length],
      score: (i * 7) % 100,
      revenue: i,
    }));
    for (let first = 0; first < data.length; first += 1000)
      await insertRows(table.id, data.slice(first, first + 1000));
    const query = {
      filters: [
        { column: 'city', operator: 'eq', value: 'Lyon' },
        { column: 'score', operator: 'gte', value: 50 },
      ],
      sorts: [{ column: 'revenue', direction: 'desc' }],
      limit: 5,
    };
    expect((await queryRows(table.id, query)).status).toBe(200);

    const client = new pg.Client({ connectionString: inject('storeEnv').DATABASE_URL });
    await client.connect();
    try {
      const indexes = async () =>
        (
          await client.query<{ name: string; valid: boolean }>(
            `SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i
               JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
               JOIN user_tables u ON u.storage_name = t.relname
             WHERE u.id = $1 AND c.relname LIKE 'ix\\_%'`,
            [table.id],
          )
        ).rows;
      // Built concurrently in the background: a failed build would stay invalid, and unused, for good.
      const built = await eventually(
        async () => {
          const found = await indexes();
          return found.length === 2 && found.every((index) => index.valid) ? found : undefined;
        },
        15_000,
        'two valid indexes',
      );
      expect(built).toHaveLength(2);
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
});
