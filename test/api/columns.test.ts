import { describe, expect, it } from 'vitest';
import type { Column, UpdateColumnResult } from '../../src/contract/columns.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, columnByName, createTable, insertRows, queryRows } from '../support/api.ts';

describe('columns', () => {
  it('adds a select column at the end, as in the Tables API example', async () => {
    const table = await createTable([
      { name: 'customer', displayName: 'Customer', dataType: 'text' },
      { name: 'rating', displayName: 'Rating', dataType: 'number' },
    ]);
    const response = await call<Column>('POST', `/tables/${table.id}/columns`, {
      name: 'status',
      displayName: 'Status',
      dataType: 'select',
      config: { options: ['open', 'in_progress', 'closed'] },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      tableId: table.id,
      name: 'status',
      displayName: 'Status',
      dataType: 'select',
      position: 2,
      config: { options: ['open', 'in_progress', 'closed'] },
    });
  });

  it('adds a column at a position, shifting the others', async () => {
    const table = await createTable([
      { name: 'a', dataType: 'text' },
      { name: 'b', dataType: 'text' },
    ]);
    await call('POST', `/tables/${table.id}/columns`, {
      name: 'first',
      displayName: 'First',
      dataType: 'text',
      position: 0,
    });
    const after = (await call<Table>('GET', `/tables/${table.id}`)).body;
    expect(after.columns.map((c) => [c.name, c.position])).toEqual([
      ['first', 0],
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('refuses duplicate names, bad types, missing displayName and bad defaults', async () => {
    const table = await createTable([{ name: 'a', dataType: 'text' }]);
    const bad = [
      { name: 'a', displayName: 'A', dataType: 'text' },
      { name: 'b', displayName: 'B', dataType: 'colour' },
      { name: 'b', dataType: 'text' },
      { name: 'b', displayName: 'B', dataType: 'boolean', defaultValue: 'maybe' },
      { name: 'b', displayName: 'B', dataType: 'select', config: { options: ['x', 'x'] } },
    ];
    for (const body of bad) {
      const response = await call('POST', `/tables/${table.id}/columns`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const valid = { name: 'b', displayName: 'B', dataType: 'text' };
    expect((await call('POST', '/tables/00000000-0000-7000-8000-000000000000/columns', valid)).status).toBe(
      404,
    );
  });

  it('applies default values to new rows that do not mention the column', async () => {
    const table = await createTable([
      { name: 'name', dataType: 'text' },
      { name: 'score', dataType: 'number', defaultValue: '10' },
      { name: 'active', dataType: 'boolean', defaultValue: 'true' },
    ]);
    const [row] = await insertRows(table.id, [{ name: 'x' }]);
    expect(row?.data).toEqual({ name: 'x', score: 10, active: true });
  });

  it('reorders all columns and refuses partial or unknown id lists', async () => {
    const table = await createTable([
      { name: 'a', dataType: 'text' },
      { name: 'b', dataType: 'text' },
      { name: 'c', dataType: 'text' },
    ]);
    const [a, b, c] = table.columns.map((column) => column.id);
    const reordered = await call<Column[]>('PATCH', `/tables/${table.id}/columns`, { columnIds: [c, a, b] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.map((column) => column.name)).toEqual(['c', 'a', 'b']);
    expect(
      (await call<Table>('GET', `/tables/${table.id}`)).body.columns.map((column) => column.name),
    ).toEqual(['c', 'a', 'b']);
    expect((await call('PATCH', `/tables/${table.id}/columns`, { columnIds: [a, b] })).status).toBe(400);
    expect((await call('PATCH', `/tables/${table.id}/columns`, { columnIds: [a, b, 'zzz'] })).status).toBe(
      400,
    );
    expect((await call('PATCH', `/tables/${table.id}/columns`, { columnIds: [a, a, b] })).status).toBe(400);
    expect((await call('PATCH', `/tables/${table.id}/columns`, {})).status).toBe(400);
  });

  it('refuses the names every JavaScript object already has, at creation, addition and rename, saying why', async () => {
    const created = await call<{ details: Array<{ path: string; message: string }> }>('POST', '/tables', {
      name: 'Reserved',
      columns: [{ name: '__proto__', dataType: 'text' }],
    });
    expect(created.status).toBe(400);
    expect(created.body.details[0]).toMatchObject({
      path: 'columns[0].name',
      message: expect.stringMatching(/reserved/),
    });
    const table = await createTable([{ name: 'maker', dataType: 'text' }]);
    const added = await call('POST', `/tables/${table.id}/columns`, {
      name: 'constructor',
      displayName: 'Constructor',
      dataType: 'text',
    });
    expect(added.status).toBe(400);
    const renamed = await call('PATCH', `/tables/${table.id}/columns/${columnByName(table, 'maker').id}`, {
      name: 'toString',
    });
    expect(renamed.status).toBe(400);
    // The display name is free text: a column can still be shown as "constructor".
    const shown = await call<Column>('POST', `/tables/${table.id}/columns`, {
      name: 'builder',
      displayName: 'constructor',
      dataType: 'text',
    });
    expect(shown.status).toBe(201);
    await insertRows(table.id, [{ maker: 'Acme' }]);
    expect((await queryRows(table.id)).body[0]?.data).toEqual({ maker: 'Acme', builder: null });
  });

  it('renames a column; row data follows the new name', async () => {
    const table = await createTable([{ name: 'city', dataType: 'text' }]);
    await insertRows(table.id, [{ city: 'Paris' }]);
    const column = columnByName(table, 'city');
    const renamed = await call<Column>('PATCH', `/tables/${table.id}/columns/${column.id}`, {
      name: 'town',
      displayName: 'Town',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'town', displayName: 'Town' });
    expect((await queryRows(table.id)).body[0]?.data).toEqual({ town: 'Paris' });
  });

  it('changes type converting values, and reports how many could not be converted', async () => {
    const table = await createTable([{ name: 'amount', dataType: 'text' }]);
    await insertRows(table.id, [
      { amount: '42' },
      { amount: '1,250.5' },
      { amount: 'lots' },
      { amount: null },
    ]);
    const column = columnByName(table, 'amount');
    const changed = await call<UpdateColumnResult>('PATCH', `/tables/${table.id}/columns/${column.id}`, {
      dataType: 'number',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.dataType).toBe('number');
    expect(changed.body.conversion).toEqual({ converted: 2, cleared: 1 });
    const rows = (await queryRows(table.id, { sorts: [{ column: 'amount', direction: 'asc' }] })).body;
    expect(rows.map((row) => row.data.amount)).toEqual([42, 1250.5, null, null]);

    const back = await call<UpdateColumnResult>('PATCH', `/tables/${table.id}/columns/${column.id}`, {
      dataType: 'text',
    });
    expect(back.body.conversion).toEqual({ converted: 2, cleared: 0 });
    expect((await queryRows(table.id)).body.map((row) => row.data.amount)).toEqual([
      '42',
      '1250.5',
      null,
      null,
    ]);
  });

  it('converts text to select, seeding the options from the values present', async () => {
    const table = await createTable([{ name: 'status', dataType: 'text' }]);
    await insertRows(table.id, [{ status: 'open' }, { status: 'closed' }, { status: 'open' }]);
    const column = columnByName(table, 'status');
    const changed = await call<UpdateColumnResult>('PATCH', `/tables/${table.id}/columns/${column.id}`, {
      dataType: 'select',
    });
    expect(changed.body.config.options).toEqual(['closed', 'open']);
    const refused = await call('POST', `/tables/${table.id}/rows`, {
      rows: [{ data: { status: 'pending' } }],
    });
    expect(refused.status).toBe(400);
  });

  it('converts dates and booleans through text', async () => {
    const table = await createTable([
      { name: 'when', dataType: 'text' },
      { name: 'flag', dataType: 'text' },
    ]);
    await insertRows(table.id, [
      { when: '2026-04-03', flag: 'yes' },
      { when: 'someday', flag: 'no' },
    ]);
    const when = columnByName(table, 'when');
    const flag = columnByName(table, 'flag');
    await call('PATCH', `/tables/${table.id}/columns/${when.id}`, { dataType: 'date' });
    await call('PATCH', `/tables/${table.id}/columns/${flag.id}`, { dataType: 'boolean' });
    const rows = (await queryRows(table.id)).body;
    expect(rows.map((row) => row.data)).toEqual([
      { when: '2026-04-03T00:00:00.000Z', flag: true },
      { when: null, flag: false },
    ]);
  });

  it('deletes a column with its values', async () => {
    const table = await createTable([
      { name: 'a', dataType: 'text' },
      { name: 'b', dataType: 'number' },
    ]);
    await insertRows(table.id, [{ a: 'x', b: 1 }]);
    const b = columnByName(table, 'b');
    expect((await call('DELETE', `/tables/${table.id}/columns/${b.id}`)).status).toBe(204);
    expect((await call<Row[]>('GET', `/tables/${table.id}/rows`)).body[0]?.data).toEqual({ a: 'x' });
    expect((await call('DELETE', `/tables/${table.id}/columns/${b.id}`)).status).toBe(404);
    const refused = await call('POST', `/tables/${table.id}/rows`, { rows: [{ data: { b: 1 } }] });
    expect(refused.status).toBe(400);
  });
});
