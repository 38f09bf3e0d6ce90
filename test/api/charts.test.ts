import { beforeAll, describe, expect, it } from 'vitest';
import type { Chart, ChartData, Dashboard } from '../../src/contract/charts.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows } from '../support/api.ts';

let table: Table;
let rows: Row[];

beforeAll(async () => {
  table = await createTable([
    { name: 'customer', dataType: 'text' },
    { name: 'rating', dataType: 'number' },
    { name: 'amount', dataType: 'number' },
    { name: 'status', dataType: 'select', config: { options: ['open', 'closed'] } },
    { name: 'tags', dataType: 'multiselect', config: { options: ['bug', 'idea', 'praise'] } },
    { name: 'created', dataType: 'date' },
    { name: 'double', dataType: 'computed', config: { formula: 'amount * 2' } },
  ]);
  rows = await insertRows(table.id, [
    {
      customer: 'Acme',
      rating: 5,
      amount: 10,
      status: 'closed',
      tags: ['praise'],
      created: '2026-03-30T10:00:00Z',
    },
    {
      customer: 'Globex',
      rating: 3,
      amount: 20,
      status: 'open',
      tags: ['bug', 'idea'],
      created: '2026-03-31',
    },
    { customer: 'Initech', rating: 5, amount: 30, status: 'open', tags: ['bug'], created: '2026-04-02' },
    { customer: 'Umbrella', rating: 1, amount: 40, status: 'closed', tags: [], created: '2026-04-15' },
    { customer: 'Hooli', rating: 3, amount: null, status: 'open', tags: ['idea'], created: '2026-05-01' },
  ]);
});

async function chart(config: Record<string, unknown>): Promise<Chart> {
  const response = await call<Chart>('POST', `/tables/${table.id}/charts`, { title: 'Chart', ...config });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body;
}

async function data(config: Record<string, unknown>, filters?: unknown): Promise<ChartData> {
  const saved = await chart(config);
  const query = filters ? `?filters=${encodeURIComponent(JSON.stringify(filters))}` : '';
  const response = await call<ChartData>('GET', `/tables/${table.id}/charts/${saved.id}/data${query}`);
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body;
}

const pairs = (result: ChartData) => result.points.map((point) => [point.x, point.y]);

describe('charts: the resource', () => {
  it('creates, lists, updates (merging config) and deletes a chart', async () => {
    const created = await call<Chart>('POST', `/tables/${table.id}/charts`, {
      type: 'bar',
      title: 'Ratings Distribution',
      xColumn: 'rating',
      aggregation: 'count',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Ratings Distribution',
      config: { type: 'bar', xColumn: 'rating', aggregation: 'count' },
    });
    const id = created.body.id;
    const updated = await call<Chart>('PATCH', `/tables/${table.id}/charts/${id}`, {
      type: 'pie',
      title: 'Ratings Breakdown',
    });
    expect(updated.body).toMatchObject({
      name: 'Ratings Breakdown',
      config: { type: 'pie', xColumn: 'rating', aggregation: 'count' },
    });
    const listed = await call<Chart[]>('GET', `/tables/${table.id}/charts`);
    expect(listed.body.find((c) => c.id === id)?.config.type).toBe('pie');
    expect((await call('DELETE', `/tables/${table.id}/charts/${id}`)).status).toBe(204);
    expect((await call('DELETE', `/tables/${table.id}/charts/${id}`)).status).toBe(404);
    expect((await call('GET', `/tables/${table.id}/charts/${id}/data`)).status).toBe(404);
  });

  it('refuses charts on unknown or unfit columns', async () => {
    const bad = [
      { type: 'bar', xColumn: 'nope' },
      { type: 'donut', xColumn: 'status' },
      { type: 'bar', xColumn: 'status', aggregation: 'median', yColumn: 'amount' },
      { type: 'bar', xColumn: 'status', aggregation: 'sum' },
      { type: 'bar', xColumn: 'status', aggregation: 'sum', yColumn: 'customer' },
      { type: 'bar', xColumn: 'status', dateBucket: 'week' },
      { type: 'scatter', xColumn: 'status', yColumn: 'amount' },
      { type: 'bar', xColumn: 'status', filters: [{ column: 'nope', operator: 'eq', value: 1 }] },
    ];
    for (const body of bad) {
      const response = await call('POST', `/tables/${table.id}/charts`, { title: 'x', ...body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('charts: data', () => {
  it('counts rows per value for bar, line, area and pie', async () => {
    for (const type of ['bar', 'line', 'area']) {
      expect(pairs(await data({ type, xColumn: 'rating' }))).toEqual([
        [1, 1],
        [3, 2],
        [5, 2],
      ]);
    }
    const pie = await data({ type: 'pie', xColumn: 'status' });
    expect(pie).toMatchObject({ type: 'pie', aggregation: 'count', xKind: 'category' });
    expect(pairs(pie)).toEqual([
      ['open', 3],
      ['closed', 2],
    ]);
  });

  it('sums, averages and finds the least and most of a number column', async () => {
    const by = (aggregation: string) =>
      data({ type: 'bar', xColumn: 'status', yColumn: 'amount', aggregation });
    expect(pairs(await by('sum'))).toEqual([
      ['closed', 50],
      ['open', 50],
    ]);
    expect(pairs(await by('avg'))).toEqual([
      ['closed', 25],
      ['open', 25],
    ]);
    expect(pairs(await by('min'))).toEqual([
      ['closed', 10],
      ['open', 20],
    ]);
    expect(pairs(await by('max'))).toEqual([
      ['closed', 40],
      ['open', 30],
    ]);
    expect(
      pairs(await data({ type: 'bar', xColumn: 'status', yColumn: 'double', aggregation: 'sum' })),
    ).toEqual([
      ['closed', 100],
      ['open', 100],
    ]);
  });

  it('plots rows in a scatter chart, or aggregates them when asked', async () => {
    const scatter = await data({ type: 'scatter', xColumn: 'rating', yColumn: 'amount' });
    expect(scatter.aggregation).toBeNull();
    expect(pairs(scatter).sort()).toEqual([
      [1, 40],
      [3, 20],
      [5, 10],
      [5, 30],
    ]);
    const averaged = await data({
      type: 'scatter',
      xColumn: 'rating',
      yColumn: 'amount',
      aggregation: 'avg',
    });
    expect(pairs(averaged)).toEqual([
      [1, 40],
      [3, 20],
      [5, 20],
    ]);
  });

  it('groups by a select or multiselect column, and counts each option of a multiselect X', async () => {
    const grouped = await data({ type: 'bar', xColumn: 'rating', groupBy: 'status' });
    expect(grouped.groups).toEqual(['closed', 'open']);
    expect(grouped.points).toEqual([
      { x: 1, y: 1, group: 'closed' },
      { x: 3, y: 2, group: 'open' },
      { x: 5, y: 1, group: 'closed' },
      { x: 5, y: 1, group: 'open' },
    ]);
    expect(pairs(await data({ type: 'bar', xColumn: 'tags' }))).toEqual([
      ['bug', 2],
      ['idea', 2],
      ['praise', 1],
      [null, 1],
    ]);
    const byTag = await data({ type: 'bar', xColumn: 'status', groupBy: 'tags' });
    expect(byTag.points.filter((point) => point.x === 'open')).toEqual([
      { x: 'open', y: 2, group: 'bug' },
      { x: 'open', y: 2, group: 'idea' },
    ]);
  });

  it('buckets dates by day, week and month', async () => {
    const by = async (dateBucket?: string) =>
      pairs(await data({ type: 'line', xColumn: 'created', ...(dateBucket && { dateBucket }) }));
    expect(await by()).toEqual([
      ['2026-03-30', 1],
      ['2026-03-31', 1],
      ['2026-04-02', 1],
      ['2026-04-15', 1],
      ['2026-05-01', 1],
    ]);
    expect(await by('week')).toEqual([
      ['2026-03-30', 3],
      ['2026-04-13', 1],
      ['2026-04-27', 1],
    ]);
    expect(await by('month')).toEqual([
      ['2026-03-01', 2],
      ['2026-04-01', 2],
      ['2026-05-01', 1],
    ]);
  });

  it('applies the chart’s filters and the view’s', async () => {
    const filtered = await data(
      { type: 'bar', xColumn: 'status', filters: [{ column: 'rating', operator: 'gte', value: 3 }] },
      [{ column: 'customer', operator: 'neq', value: 'Hooli' }],
    );
    expect(pairs(filtered)).toEqual([
      ['closed', 1],
      ['open', 2],
    ]);
  });

  it('follows edits: the data changes with the table version', async () => {
    const own = await createTable([{ name: 'status', dataType: 'text' }]);
    const [first] = await insertRows(own.id, [{ status: 'new' }, { status: 'new' }]);
    const saved = (
      await call<Chart>('POST', `/tables/${own.id}/charts`, { type: 'bar', title: 'S', xColumn: 'status' })
    ).body;
    const read = async () => (await call<ChartData>('GET', `/tables/${own.id}/charts/${saved.id}/data`)).body;
    const before = await read();
    expect(pairs(before)).toEqual([['new', 2]]);
    await call('PATCH', `/tables/${own.id}/rows/${first?.id}`, { data: { status: 'done' } });
    const after = await read();
    expect(pairs(after)).toEqual([
      ['done', 1],
      ['new', 1],
    ]);
    expect(after.version).toBeGreaterThan(before.version);
  });
});

describe('charts: the dashboard', () => {
  it('keeps the arrangement people save, and always lists every chart of the table', async () => {
    const own = await createTable([{ name: 'status', dataType: 'text' }]);
    const make = async () =>
      (await call<Chart>('POST', `/tables/${own.id}/charts`, { type: 'bar', title: 'S', xColumn: 'status' }))
        .body.id;
    const [a, b, c] = [await make(), await make(), await make()];
    const initial = await call<Dashboard>('GET', `/tables/${own.id}/dashboard`);
    expect(initial.body.items.map((item) => item.chartId)).toEqual([a, b, c]);
    const saved = await call<Dashboard>('PUT', `/tables/${own.id}/dashboard`, {
      items: [
        { chartId: c, w: 2, h: 1 },
        { chartId: a, w: 1, h: 2 },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.items).toEqual([
      { chartId: c, w: 2, h: 1 },
      { chartId: a, w: 1, h: 2 },
      { chartId: b, w: 1, h: 1 },
    ]);
    await call('DELETE', `/tables/${own.id}/charts/${c}`);
    const after = await call<Dashboard>('GET', `/tables/${own.id}/dashboard`);
    expect(after.body.items.map((item) => item.chartId)).toEqual([a, b]);
    const bad = await call('PUT', `/tables/${own.id}/dashboard`, {
      items: [{ chartId: crypto.randomUUID(), w: 1, h: 1 }],
    });
    expect(bad.status).toBe(400);
    expect(rows.length).toBe(5);
  });
});

describe('charts: preview', () => {
  it('answers the points of unsaved settings, and refuses unfit ones', async () => {
    const response = await call<ChartData>('POST', `/tables/${table.id}/charts/preview`, {
      type: 'bar',
      xColumn: 'status',
    });
    expect(response.status).toBe(200);
    expect(pairs(response.body)).toEqual([
      ['closed', 2],
      ['open', 3],
    ]);
    const bad = await call('POST', `/tables/${table.id}/charts/preview`, {
      type: 'bar',
      xColumn: 'status',
      aggregation: 'sum',
    });
    expect(bad.status).toBe(400);
  });
});

describe('charts: date buckets on a table the planner knows', () => {
  it('gives the same buckets once statistics say the dates are few (grouped by date, then bucketed)', async () => {
    const own = await createTable([
      { name: 'day', dataType: 'date' },
      { name: 'n', dataType: 'number' },
    ]);
    const days = ['2026-01-30', '2026-02-02', '2026-02-27'];
    await insertRows(
      own.id,
      Array.from({ length: 300 }, (_, i) => ({ day: days[i % 3], n: i % 3 })),
    );
    // The server analyzes a table a few seconds after a burst of writes.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    const saved = (
      await call<Chart>('POST', `/tables/${own.id}/charts`, {
        type: 'line',
        title: 'By month',
        xColumn: 'day',
        yColumn: 'n',
        aggregation: 'sum',
        dateBucket: 'month',
      })
    ).body;
    const result = (await call<ChartData>('GET', `/tables/${own.id}/charts/${saved.id}/data`)).body;
    expect(pairs(result)).toEqual([
      ['2026-01-01', 0],
      ['2026-02-01', 300],
    ]);
  });
});
