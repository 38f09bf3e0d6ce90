import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/contract/columns.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, columnByName, createTable, insertRows, queryRows } from '../support/api.ts';

const base = [
  { name: 'customer', dataType: 'text' as const },
  { name: 'price', dataType: 'number' as const },
  { name: 'qty', dataType: 'number' as const },
  { name: 'ordered', dataType: 'date' as const },
  { name: 'shipped', dataType: 'date' as const },
  { name: 'tags', dataType: 'multiselect' as const, config: { options: ['a', 'b', 'c'] } },
];
const computed = (name: string, formula: string, extra: Record<string, unknown> = {}) => ({
  name,
  dataType: 'computed' as const,
  config: { formula, ...extra },
});

describe('computed columns', () => {
  it('computes every kind of formula when rows are written, and fills in the config', async () => {
    const table = await createTable([
      ...base,
      computed('total', 'round(price * qty * 1.2, 2)'),
      computed('label', '{customer} & " x" & qty'),
      computed('days', 'date_diff(shipped, ordered)'),
      computed('size', 'if(qty >= 10, "bulk", "single")'),
      computed('tag_count', 'count(tags)'),
      computed('double_total', 'total * 2'),
    ]);
    expect(columnByName(table, 'total').config).toMatchObject({
      resultType: 'number',
      formulaType: 'arithmetic',
      dependencies: ['price', 'qty'],
    });
    expect(columnByName(table, 'label').config).toMatchObject({
      resultType: 'text',
      formulaType: 'text_concat',
    });
    expect(columnByName(table, 'days').config).toMatchObject({
      formulaType: 'date_diff',
      resultType: 'number',
    });
    expect(columnByName(table, 'size').config).toMatchObject({
      formulaType: 'conditional',
      resultType: 'text',
    });
    expect(columnByName(table, 'tag_count').config).toMatchObject({ formulaType: 'aggregate' });
    const [row] = await insertRows(table.id, [
      {
        customer: 'Acme',
        price: 2.5,
        qty: 12,
        ordered: '2026-04-01',
        shipped: '2026-04-04',
        tags: ['a', 'c'],
      },
    ]);
    const expected = { total: 36, label: 'Acme x12', days: 3, size: 'bulk', tag_count: 2, double_total: 72 };
    expect(row?.data).toMatchObject(expected);
    expect((await queryRows(table.id)).body[0]?.data).toMatchObject(expected);
  });

  it('recomputes when a value the formula reads changes', async () => {
    const table = await createTable([...base, computed('total', 'price * qty')]);
    const [row] = await insertRows(table.id, [{ price: 2, qty: 3 }]);
    expect(row?.data.total).toBe(6);
    const updated = await call<Row>('PATCH', `/tables/${table.id}/rows/${row?.id}`, {
      data: { price: 2, qty: 5 },
    });
    expect(updated.body.data.total).toBe(10);
    const cleared = await call<Row>('PATCH', `/tables/${table.id}/rows/${row?.id}`, { data: { price: 2 } });
    expect(cleared.body.data.total).toBeNull();
  });

  it('recomputes every row when the formula changes, and fills a column added to a table with rows', async () => {
    const table = await createTable(base);
    await insertRows(
      table.id,
      Array.from({ length: 30 }, (_, n) => ({ price: n, qty: 2 })),
    );
    const added = await call<Column>('POST', `/tables/${table.id}/columns`, {
      name: 'total',
      displayName: 'Total',
      dataType: 'computed',
      config: { formula: 'price * qty' },
    });
    expect(added.status).toBe(201);
    const values = async () => (await queryRows(table.id, { limit: 100 })).body.map((row) => row.data.total);
    expect(await values()).toEqual(Array.from({ length: 30 }, (_, n) => n * 2));
    const changed = await call<Column>('PATCH', `/tables/${table.id}/columns/total`, {
      config: { formula: 'price + qty' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.config).toMatchObject({ formula: 'price + qty', dependencies: ['price', 'qty'] });
    expect(await values()).toEqual(Array.from({ length: 30 }, (_, n) => n + 2));
  });

  it('keeps a formula error on its cell, the other cells computed', async () => {
    const table = await createTable([
      ...base,
      computed('unit', 'price / qty'),
      computed('safe', 'if(qty == 0, 0, price / qty)'),
      computed('after_unit', 'unit * 2'),
    ]);
    const [row] = await insertRows(table.id, [{ price: 10, qty: 0 }]);
    expect(row?.data.unit).toEqual({ error: 'Division by zero' });
    expect(row?.data.safe).toBe(0);
    expect(row?.data.after_unit).toEqual({ error: 'Column "unit" has an error: Division by zero' });
    const stored = (await queryRows(table.id)).body[0];
    expect(stored?.data.unit).toEqual({ error: 'Division by zero' });
  });

  it('filters and sorts computed columns by their result type: numbers as numbers, dates as dates', async () => {
    const table = await createTable([
      ...base,
      computed('total', 'price * qty'),
      computed('due', 'date_add(ordered, 7)'),
      computed('unit', 'price / qty'),
    ]);
    await insertRows(table.id, [
      { customer: 'nine', price: 9, qty: 1, ordered: '2026-04-01' },
      { customer: 'ten', price: 10, qty: 1, ordered: '2026-04-20' },
      { customer: 'hundred', price: 50, qty: 2, ordered: '2026-03-02' },
      { customer: 'broken', price: 1, qty: 0, ordered: '2026-04-10' },
    ]);
    const customers = async (query: Record<string, unknown>) =>
      (await queryRows(table.id, query)).body.map((row) => row.data.customer);
    // As text, "9" > "10" and "100": as numbers it is the smallest.
    expect(await customers({ filters: [{ column: 'total', operator: 'gt', value: 9 }] })).toEqual([
      'ten',
      'hundred',
    ]);
    expect(await customers({ sorts: [{ column: 'total', direction: 'asc' }] })).toEqual([
      'broken',
      'nine',
      'ten',
      'hundred',
    ]);
    expect(await customers({ filters: [{ column: 'total', operator: 'lte', value: '10' }] })).toEqual([
      'nine',
      'ten',
      'broken',
    ]);
    expect(await customers({ filters: [{ column: 'due', operator: 'gte', value: '2026-04-10' }] })).toEqual([
      'ten',
      'broken',
    ]);
    expect(await customers({ filters: [{ column: 'due', operator: 'eq', value: '2026-04-08' }] })).toEqual([
      'nine',
    ]);
    // A formula error reads as empty, and a number filter never matches it.
    expect(await customers({ filters: [{ column: 'unit', operator: 'is_empty' }] })).toEqual(['broken']);
    expect(await customers({ filters: [{ column: 'unit', operator: 'gte', value: 0 }] })).toEqual([
      'nine',
      'ten',
      'hundred',
    ]);
    const refused = await call(
      'GET',
      `/tables/${table.id}/rows?filters=${encodeURIComponent(
        JSON.stringify([{ column: 'total', operator: 'gt', value: 'many' }]),
      )}`,
    );
    expect(refused.status).toBe(400);
  });

  it('refuses a bad formula at save with 400, saying what is wrong', async () => {
    const table = await createTable(base);
    const bad: Array<[string, RegExp]> = [
      ['price *', /Expected expression/i],
      ['nope + 1', /Unknown column "nope"/],
      ['price + customer', /\+ needs numbers/],
      ['frob(price)', /Unknown function frob\(\)/],
      ['price.constructor', /Unsupported syntax/],
      ['total + 1', /cannot use its own column/],
      ['', /empty/],
    ];
    for (const [formula, message] of bad) {
      const response = await call<{ details: Array<{ path: string; message: string }> }>(
        'POST',
        `/tables/${table.id}/columns`,
        {
          name: 'total',
          displayName: 'Total',
          dataType: 'computed',
          config: { formula },
        },
      );
      expect(response.status, formula).toBe(400);
      expect(response.body.details[0], formula).toMatchObject({ path: 'config.formula' });
      expect(response.body.details[0]?.message, formula).toMatch(message);
    }
    const created = await call('POST', '/tables', {
      name: 'x',
      columns: [...base, computed('t', 'price ** 2')],
    });
    expect(created.status).toBe(400);
    const typed = await call('POST', `/tables/${table.id}/columns`, {
      name: 'total',
      displayName: 'Total',
      dataType: 'computed',
      config: { formula: 'price * 2', resultType: 'text' },
    });
    expect(typed.status).toBe(400);
  });

  it('refuses deleting or retyping a column a formula reads, and follows a rename', async () => {
    const table = await createTable([...base, computed('total', 'price * qty')]);
    await insertRows(table.id, [{ price: 3, qty: 2 }]);
    const deleted = await call<{ details: Array<{ message: string }> }>(
      'DELETE',
      `/tables/${table.id}/columns/qty`,
    );
    expect(deleted.status).toBe(400);
    expect(deleted.body.details[0]?.message).toMatch(/total.*Unknown column "qty"/);
    expect((await call('PATCH', `/tables/${table.id}/columns/qty`, { dataType: 'text' })).status).toBe(400);
    const renamed = await call('PATCH', `/tables/${table.id}/columns/qty`, { name: 'Quantity ordered' });
    expect(renamed.status).toBe(200);
    const after = (await call<Table>('GET', `/tables/${table.id}`)).body;
    expect(columnByName(after, 'total', 'computed').config.formula).toBe('price * {Quantity ordered}');
    expect((await queryRows(table.id)).body[0]?.data.total).toBe(6);
  });

  it('computed values cannot be written', async () => {
    const table = await createTable([...base, computed('total', 'price * qty')]);
    const response = await call('POST', `/tables/${table.id}/rows`, {
      rows: [{ data: { price: 1, total: 99 } }],
    });
    expect(response.status).toBe(400);
  });
});
