import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows, queryRows } from '../support/api.ts';

const allTypes = [
  { name: 'name', dataType: 'text' as const, required: true },
  { name: 'score', dataType: 'number' as const },
  { name: 'active', dataType: 'boolean' as const },
  { name: 'due', dataType: 'date' as const },
  { name: 'status', dataType: 'select' as const, config: { options: ['open', 'closed'] } },
  { name: 'tags', dataType: 'multiselect' as const, config: { options: ['a', 'b', 'c'] } },
  { name: 'site', dataType: 'url' as const },
  { name: 'contact', dataType: 'email' as const },
];

describe('rows', () => {
  it('inserts a batch with createdBy and returns the rows with ids, versions and timestamps', async () => {
    const table = await createTable(allTypes);
    const response = await call<Row[]>('POST', `/tables/${table.id}/rows`, {
      rows: [
        {
          data: {
            name: 'Acme',
            score: 4.5,
            active: true,
            due: '2026-04-03',
            status: 'open',
            tags: ['a', 'c'],
            site: 'https://acme.example',
            contact: 'ceo@acme.example',
          },
          createdBy: 'claude-code',
        },
        { data: { name: 'Globex' } },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body).toHaveLength(2);
    const [acme, globex] = response.body;
    expect(acme).toMatchObject({ tableId: table.id, version: 1, createdBy: 'claude-code' });
    expect(acme?.data).toEqual({
      name: 'Acme',
      score: 4.5,
      active: true,
      due: '2026-04-03T00:00:00.000Z',
      status: 'open',
      tags: ['a', 'c'],
      site: 'https://acme.example',
      contact: 'ceo@acme.example',
    });
    expect(globex?.data.score).toBeNull();
    const stored = await queryRows(table.id);
    expect(stored.headers.get('x-total-count')).toBe('2');
    expect(stored.body.map((row) => row.data)).toEqual(response.body.map((row) => row.data));
    expect((await call<Table>('GET', `/tables/${table.id}`)).body.rowCount).toBe(2);
  });

  it('refuses values of the wrong type, naming each bad field, and stores nothing of the batch', async () => {
    const table = await createTable(allTypes);
    const bad: Array<[string, unknown]> = [
      ['score', 'five'],
      ['score', true],
      ['active', 'yes'],
      ['due', 'tomorrow'],
      ['due', '2026-13-45'],
      ['status', 'pending'],
      ['tags', ['z']],
      ['tags', 'a'],
      ['site', 'not a url'],
      ['site', 'javascript:alert(1)'],
      ['contact', 'nobody'],
      ['unknown_column', 1],
    ];
    for (const [column, value] of bad) {
      const response = await call<{ details: Array<{ path: string }> }>('POST', `/tables/${table.id}/rows`, {
        rows: [{ data: { name: 'fine' } }, { data: { name: 'x', [column]: value } }],
      });
      expect(response.status, `${column}=${JSON.stringify(value)}`).toBe(400);
      expect(response.body.details.map((detail) => detail.path)).toContain(`rows[1].data.${column}`);
    }
    const missingRequired = await call('POST', `/tables/${table.id}/rows`, {
      rows: [{ data: { score: 1 } }],
    });
    expect(missingRequired.status).toBe(400);
    expect((await queryRows(table.id)).headers.get('x-total-count')).toBe('0');
  });

  it('enforces the batch size of 1 to 1000 rows', async () => {
    const table = await createTable([{ name: 'n', dataType: 'number' }]);
    expect((await call('POST', `/tables/${table.id}/rows`, { rows: [] })).status).toBe(400);
    const tooMany = Array.from({ length: 1001 }, (_, n) => ({ data: { n } }));
    expect((await call('POST', `/tables/${table.id}/rows`, { rows: tooMany })).status).toBe(400);
    const full = await call<Row[]>('POST', `/tables/${table.id}/rows`, { rows: tooMany.slice(0, 1000) });
    expect(full.status).toBe(201);
    expect(full.body).toHaveLength(1000);
    expect(
      (await call('POST', '/tables/00000000-0000-7000-8000-000000000000/rows', { rows: [{ data: {} }] }))
        .status,
    ).toBe(404);
  });

  it('replaces the whole data object on update and bumps the version', async () => {
    const table = await createTable([
      { name: 'customer', dataType: 'text' },
      { name: 'rating', dataType: 'number' },
      { name: 'feedback', dataType: 'text' },
    ]);
    const [row] = await insertRows(table.id, [{ customer: 'Acme', rating: 5, feedback: 'Excellent' }]);
    const updated = await call<Row>('PATCH', `/tables/${table.id}/rows/${row?.id}`, {
      data: { customer: 'Acme', rating: 4 },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toEqual({ customer: 'Acme', rating: 4, feedback: null });
    expect(updated.body.version).toBe(2);
    expect(Date.parse(updated.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(row!.updatedAt));
    const fetched = await call<Row>('GET', `/tables/${table.id}/rows/${row?.id}`);
    expect(fetched.body).toEqual(updated.body);
    expect(
      (await call('PATCH', `/tables/${table.id}/rows/${row?.id}`, { data: { rating: 'x' } })).status,
    ).toBe(400);
    expect((await call('PATCH', `/tables/${table.id}/rows/${row?.id}`, {})).status).toBe(400);
    const missing = await call('PATCH', `/tables/${table.id}/rows/00000000-0000-7000-8000-000000000000`, {
      data: {},
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Row not found' });
  });

  it('answers 409 with the current row when the named version is stale (If-Match or body)', async () => {
    const table = await createTable([{ name: 'n', dataType: 'number' }]);
    const [row] = await insertRows(table.id, [{ n: 1 }]);
    const path = `/tables/${table.id}/rows/${row?.id}`;
    expect((await call<Row>('PATCH', path, { data: { n: 2 } }, { 'If-Match': '"1"' })).body.version).toBe(2);

    const stale = await call<{ error: string; current: Row }>(
      'PATCH',
      path,
      { data: { n: 3 } },
      { 'If-Match': '1' },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: row?.id, version: 2, data: { n: 2 } });

    const staleBody = await call('PATCH', path, { data: { n: 3 }, version: 1 });
    expect(staleBody.status).toBe(409);
    expect((await call<Row>('PATCH', path, { data: { n: 3 }, version: 2 })).body.data.n).toBe(3);
    expect((await call('PATCH', path, { data: { n: 4 } }, { 'If-Match': 'banana' })).status).toBe(400);
  });

  it('lets exactly one of two concurrent writers of the same version win', async () => {
    const table = await createTable([{ name: 'n', dataType: 'number' }]);
    const [row] = await insertRows(table.id, [{ n: 0 }]);
    const path = `/tables/${table.id}/rows/${row?.id}`;
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => call('PATCH', path, { data: { n }, version: 1 })),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it('deletes one row (204, then 404) and many rows by id', async () => {
    const table = await createTable([{ name: 'n', dataType: 'number' }]);
    const rows = await insertRows(table.id, [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    expect((await call('DELETE', `/tables/${table.id}/rows/${rows[0]?.id}`)).status).toBe(204);
    expect((await call('DELETE', `/tables/${table.id}/rows/${rows[0]?.id}`)).status).toBe(404);
    expect((await call('DELETE', `/tables/${table.id}/rows/not-a-row`)).status).toBe(404);
    const bulk = await call('POST', `/tables/${table.id}/rows/delete`, {
      ids: [rows[1]?.id, rows[2]?.id, 'nope'],
    });
    expect(bulk.body).toEqual({ deleted: 2 });
    const left = await queryRows(table.id);
    expect(left.body.map((row) => row.data.n)).toEqual([4]);
    expect((await call<Table>('GET', `/tables/${table.id}`)).body.rowCount).toBe(1);
    expect((await call('POST', `/tables/${table.id}/rows/delete`, { ids: [] })).status).toBe(400);
  });
});
