import { describe, expect, inject, it } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows } from '../support/api.ts';
import { startServer } from '../support/server-process.ts';

/** Option values that would break a statement built by pasting quoted text. */
const TRICKY = [
  "O'Brien",
  'back\\slash',
  "it's \\' tricky",
  '$v$ dollar',
  'ends in $v',
  "'; DROP TABLE user_tables; --",
];

/** Converts a text column holding TRICKY to select, then multiselect, and checks every value survived. */
async function convertKeepsEveryValue(baseUrl = inject('baseUrl')) {
  const projectId = `test-${crypto.randomUUID()}`;
  const created = await call<Table>(
    'POST',
    '/tables',
    { name: 'Tricky', projectId, columns: [{ name: 'label', dataType: 'text' }] },
    {},
    baseUrl,
  );
  const table = created.body;
  await call(
    'POST',
    `/tables/${table.id}/rows`,
    { rows: TRICKY.map((label) => ({ data: { label } })) },
    {},
    baseUrl,
  );
  const toSelect = await call<{ conversion: { converted: number; cleared: number } }>(
    'PATCH',
    `/tables/${table.id}/columns/label`,
    { dataType: 'select', config: { options: TRICKY } },
    {},
    baseUrl,
  );
  expect(toSelect.status).toBe(200);
  expect(toSelect.body.conversion).toEqual({ converted: TRICKY.length, cleared: 0 });
  const rows = await call<Row[]>('GET', `/tables/${table.id}/rows`, undefined, {}, baseUrl);
  expect(rows.body.map((row) => row.data.label)).toEqual(TRICKY);

  const toMulti = await call(
    'PATCH',
    `/tables/${table.id}/columns/label`,
    { dataType: 'multiselect' },
    {},
    baseUrl,
  );
  expect(toMulti.status).toBe(200);
  const multi = await call<Row[]>('GET', `/tables/${table.id}/rows`, undefined, {}, baseUrl);
  expect(multi.body.map((row) => row.data.label)).toEqual(TRICKY.map((label) => [label]));

  // Numbers and dates written as text convert too (their helpers match with regular expressions).
  const amounts = await call<Table>(
    'POST',
    '/tables',
    {
      name: 'Amounts',
      projectId,
      columns: [
        { name: 'amount', dataType: 'text' },
        { name: 'day', dataType: 'text' },
      ],
    },
    {},
    baseUrl,
  );
  const texts = [
    { amount: '1,234.5', day: '2026-04-03' },
    { amount: 'n/a', day: 'soon' },
  ];
  await call(
    'POST',
    `/tables/${amounts.body.id}/rows`,
    { rows: texts.map((data) => ({ data })) },
    {},
    baseUrl,
  );
  await call('PATCH', `/tables/${amounts.body.id}/columns/amount`, { dataType: 'number' }, {}, baseUrl);
  await call('PATCH', `/tables/${amounts.body.id}/columns/day`, { dataType: 'date' }, {}, baseUrl);
  const converted = await call<Row[]>('GET', `/tables/${amounts.body.id}/rows`, undefined, {}, baseUrl);
  expect(converted.body.map((row) => row.data)).toEqual([
    { amount: 1234.5, day: '2026-04-03T00:00:00.000Z' },
    { amount: null, day: null },
  ]);
}

describe('select options with quotes, backslashes and dollar signs', () => {
  it('are kept exactly when a text column becomes select and then multiselect', async () => {
    await convertKeepsEveryValue();
  });

  it('refuse values outside the options after conversion, naming them', async () => {
    const table = await createTable([{ name: 'label', dataType: 'select', config: { options: TRICKY } }]);
    const [row] = await insertRows(table.id, [{ label: "O'Brien" }]);
    expect(row?.data.label).toBe("O'Brien");
    const refused = await call<{ details: Array<{ path: string }> }>('POST', `/tables/${table.id}/rows`, {
      rows: [{ data: { label: "O\\'Brien" } }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details[0]?.path).toBe('rows[0].data.label');
  });

  it('are kept exactly on a PostgreSQL server with standard_conforming_strings off', async ({ skip }) => {
    if (inject('engine') !== 'postgres') skip();
    const { createTestDatabase, ADMIN_URL } = await import('../support/postgres.ts');
    const pg = await import('pg');
    const database = await createTestDatabase();
    const admin = new pg.default.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(
      `ALTER DATABASE "${new URL(database.url).pathname.slice(1)}" SET standard_conforming_strings = off`,
    );
    await admin.end();
    const server = await startServer({ DATABASE_URL: database.url });
    try {
      await convertKeepsEveryValue(server.baseUrl);
    } finally {
      await server.stop();
      await database.drop();
    }
  });
});
