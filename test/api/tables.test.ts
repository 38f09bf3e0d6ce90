import { describe, expect, it } from 'vitest';
import type { Table, TableSummary } from '../../src/contract/tables.ts';
import { call, createTable, insertRows } from '../support/api.ts';

const feedbackColumns = [
  { name: 'customer', displayName: 'Customer', dataType: 'text' as const, position: 0 },
  { name: 'rating', displayName: 'Rating', dataType: 'number' as const, position: 1 },
  { name: 'feedback', displayName: 'Feedback', dataType: 'text' as const, position: 2 },
];

describe('tables', () => {
  it('creates a table with its columns in order and returns 201', async () => {
    const response = await call<Table>('POST', '/tables', {
      name: 'Customer Feedback',
      description: 'What customers say',
      projectId: 'proj-8f3a-4b2c',
      columns: feedbackColumns,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Customer Feedback',
      description: 'What customers say',
      projectId: 'proj-8f3a-4b2c',
      source: 'manual',
      rowCount: 0,
    });
    expect(response.body.columns.map((c) => [c.name, c.displayName, c.dataType, c.position])).toEqual([
      ['customer', 'Customer', 'text', 0],
      ['rating', 'Rating', 'number', 1],
      ['feedback', 'Feedback', 'text', 2],
    ]);
    expect(Date.parse(response.body.createdAt)).not.toBeNaN();
  });

  it('gets a table with columns, and 404s for an unknown id', async () => {
    const table = await createTable(feedbackColumns);
    const found = await call<Table>('GET', `/tables/${table.id}`);
    expect(found.status).toBe(200);
    expect(found.body.columns).toHaveLength(3);
    for (const id of ['00000000-0000-7000-8000-000000000000', 'tbl-6c1d-9e7f']) {
      const missing = await call('GET', `/tables/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ error: 'Table not found' });
    }
  });

  it('lists tables with row counts, filtered by project, source and name search', async () => {
    const projectId = `proj-${crypto.randomUUID()}`;
    const alpha = (
      await call<Table>('POST', '/tables', { name: 'Alpha leads', projectId, columns: feedbackColumns })
    ).body;
    await call('POST', '/tables', { name: 'Beta notes', projectId, source: 'agent' });
    await call('POST', '/tables', { name: 'Alpha elsewhere' });
    await insertRows(alpha.id, [{ customer: 'A' }, { customer: 'B' }]);

    const inProject = await call<TableSummary[]>('GET', `/tables?projectId=${projectId}`);
    expect(inProject.status).toBe(200);
    expect(inProject.body.map((t) => t.name)).toEqual(['Alpha leads', 'Beta notes']);
    expect(inProject.body[0]?.rowCount).toBe(2);

    const agents = await call<TableSummary[]>('GET', `/tables?projectId=${projectId}&source=agent`);
    expect(agents.body.map((t) => t.name)).toEqual(['Beta notes']);

    const searched = await call<TableSummary[]>('GET', `/tables?projectId=${projectId}&search=alpha`);
    expect(searched.body.map((t) => t.name)).toEqual(['Alpha leads']);

    const badSource = await call('GET', '/tables?source=robot');
    expect(badSource.status).toBe(400);
  });

  it('updates name, description and project, and unlinks with null', async () => {
    const table = await createTable([]);
    const updated = await call<Table>('PATCH', `/tables/${table.id}`, {
      name: 'Renamed',
      description: 'New',
      projectId: 'p2',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Renamed', description: 'New', projectId: 'p2' });
    const unlinked = await call<Table>('PATCH', `/tables/${table.id}`, {
      projectId: null,
      description: null,
    });
    expect(unlinked.body).toMatchObject({ name: 'Renamed', description: null, projectId: null });
    expect((await call('PATCH', `/tables/${table.id}`, { name: '' })).status).toBe(400);
    expect((await call('PATCH', '/tables/00000000-0000-7000-8000-000000000000', { name: 'x' })).status).toBe(
      404,
    );
  });

  it('validates names, descriptions and column definitions', async () => {
    const cases: unknown[] = [
      {},
      { name: '' },
      { name: 'x'.repeat(257) },
      { name: 'ok', description: 'x'.repeat(1025) },
      { name: 'ok', source: 'robot' },
      { name: 'ok', columns: [{ name: 'a', dataType: 'money' }] },
      { name: 'ok', columns: [{ name: '', dataType: 'text' }] },
      { name: 'ok', columns: [{ name: 'x'.repeat(65), dataType: 'text' }] },
      { name: 'ok', columns: [{ name: 'a', displayName: 'x'.repeat(129), dataType: 'text' }] },
      {
        name: 'ok',
        columns: [
          { name: 'a', dataType: 'text' },
          { name: 'a', dataType: 'number' },
        ],
      },
      { name: 'ok', columns: [{ name: 'n', dataType: 'number', defaultValue: 'many' }] },
    ];
    for (const body of cases) {
      const response = await call<{ error: string; details: unknown[] }>('POST', '/tables', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error).toEqual(expect.any(String));
      expect(response.body.details.length).toBeGreaterThan(0);
    }
    expect((await call('POST', '/tables', { name: 'ok', templateId: 'tpl-4a2b-8c9d' })).status).toBe(404);
  });

  it('deletes a table with its rows, columns and history', async () => {
    const table = await createTable(feedbackColumns);
    const [row] = await insertRows(table.id, [{ customer: 'Acme' }]);
    expect((await call('DELETE', `/tables/${table.id}`)).status).toBe(204);
    expect((await call('GET', `/tables/${table.id}`)).status).toBe(404);
    expect((await call('GET', `/tables/${table.id}/rows`)).status).toBe(404);
    expect((await call('GET', `/tables/${table.id}/history`)).status).toBe(404);
    expect((await call('GET', `/tables/${table.id}/rows/${row?.id}/history`)).status).toBe(404);
    expect((await call('DELETE', `/tables/${table.id}`)).status).toBe(404);
  });
});
