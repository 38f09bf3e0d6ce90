import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { LinkOption } from '../../src/contract/relations.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows, queryRows } from '../support/api.ts';

async function customersAndOrders() {
  const customers = await createTable([
    { name: 'name', dataType: 'text' },
    { name: 'city', dataType: 'text' },
  ]);
  const [acme, globex, initech] = await insertRows(customers.id, [
    { name: 'Acme', city: 'Berlin' },
    { name: 'Globex', city: 'Paris' },
    { name: 'Initech', city: 'Austin' },
  ]);
  const orders = await createTable([
    { name: 'item', dataType: 'text' },
    {
      name: 'customer',
      dataType: 'relation',
      config: { targetTableId: customers.id, displayColumn: 'name' },
    },
    { name: 'links', dataType: 'computed', config: { formula: 'count(customer)' } },
  ]);
  return { customers, orders, acme: acme as Row, globex: globex as Row, initech: initech as Row };
}

describe('relation columns', () => {
  it('needs an existing target table and display column', async () => {
    const customers = await createTable([{ name: 'name', dataType: 'text' }]);
    const table = await createTable([{ name: 'item', dataType: 'text' }]);
    const add = (config: Record<string, unknown>) =>
      call('POST', `/tables/${table.id}/columns`, {
        name: 'c',
        displayName: 'C',
        dataType: 'relation',
        config,
      });
    expect((await add({})).status).toBe(400);
    expect((await add({ targetTableId: crypto.randomUUID() })).status).toBe(400);
    expect((await add({ targetTableId: customers.id, displayColumn: 'nope' })).status).toBe(400);
    expect((await add({ targetTableId: customers.id })).status).toBe(201);
    expect(
      (
        await call('PATCH', `/tables/${table.id}/columns/item`, {
          dataType: 'relation',
          config: { targetTableId: customers.id },
        })
      ).status,
    ).toBe(400);
  });

  it('stores links as a list of row ids, and refuses ids that name no row of the target', async () => {
    const { orders, acme, globex } = await customersAndOrders();
    const [one, two] = await insertRows(orders.id, [
      { item: 'one', customer: acme.id },
      { item: 'two', customer: [acme.id, globex.id, acme.id] },
    ]);
    expect(one?.data.customer).toEqual([acme.id]);
    expect(two?.data).toMatchObject({ customer: [acme.id, globex.id], links: 2 });
    const unknown = await call('POST', `/tables/${orders.id}/rows`, {
      rows: [{ data: { customer: [crypto.randomUUID()] } }],
    });
    expect(unknown.status).toBe(400);
    const malformed = await call('POST', `/tables/${orders.id}/rows`, {
      rows: [{ data: { customer: 'row-1' } }],
    });
    expect(malformed.status).toBe(400);
    expect((await queryRows(orders.id)).body).toHaveLength(2);
  });

  it('lists linkable rows with their display values, by search or by ids', async () => {
    const { orders, acme, globex } = await customersAndOrders();
    const search = await call<LinkOption[]>('GET', `/tables/${orders.id}/columns/customer/links?search=GLO`);
    expect(search.body).toEqual([{ id: globex.id, label: 'Globex' }]);
    const byIds = await call<LinkOption[]>(
      'GET',
      `/tables/${orders.id}/columns/customer/links?ids=${globex.id},${acme.id}`,
    );
    expect(byIds.body).toEqual([
      { id: acme.id, label: 'Acme' },
      { id: globex.id, label: 'Globex' },
    ]);
    expect((await call('GET', `/tables/${orders.id}/columns/item/links`)).status).toBe(400);
  });

  it('deleting a linked row clears the links to it, and the linking table moves on a version', async () => {
    const { customers, orders, acme, globex, initech } = await customersAndOrders();
    await insertRows(orders.id, [
      { item: 'a', customer: [acme.id, globex.id] },
      { item: 'b', customer: [acme.id] },
      { item: 'c', customer: [initech.id] },
    ]);
    const version = (await call<Table>('GET', `/tables/${orders.id}`)).body.version;
    expect((await call('DELETE', `/tables/${customers.id}/rows/${acme.id}`)).status).toBe(204);
    const links = async () => (await queryRows(orders.id)).body.map((row) => row.data.customer);
    expect(await links()).toEqual([[globex.id], null, [initech.id]]);
    expect((await call<Table>('GET', `/tables/${orders.id}`)).body.version).toBeGreaterThan(version);
    // As an edit of each linking row: its formula follows, and its history says what happened.
    const [first] = (await queryRows(orders.id)).body;
    expect(first?.data.links).toBe(1);
    const history = await call<HistoryEntry[]>('GET', `/tables/${orders.id}/rows/${first?.id}/history`);
    expect(history.body.map((entry) => [entry.action, entry.data.customer, entry.data.links])).toEqual([
      ['update', [globex.id], 1],
      ['create', [acme.id, globex.id], 2],
    ]);
    await call('POST', `/tables/${customers.id}/rows/delete`, { ids: [globex.id, initech.id] });
    expect(await links()).toEqual([null, null, null]);
  });

  it('deleting the linked table leaves the linking table whole, its links as the names they showed', async () => {
    const { customers, orders, acme, globex } = await customersAndOrders();
    await insertRows(orders.id, [
      { item: 'a', customer: [globex.id, acme.id] },
      { item: 'b', customer: [acme.id] },
      { item: 'c' },
    ]);
    const version = (await call<Table>('GET', `/tables/${orders.id}`)).body.version;
    expect((await call('DELETE', `/tables/${customers.id}`)).status).toBe(204);
    const after = (await call<Table>('GET', `/tables/${orders.id}`)).body;
    expect(after.version).toBeGreaterThan(version);
    const column = after.columns.find((candidate) => candidate.name === 'customer');
    expect([column?.dataType, column?.displayName]).toEqual(['text', 'customer']);
    const rows = (await queryRows(orders.id)).body;
    expect(rows.map((row) => [row.data.item, row.data.customer])).toEqual([
      ['a', 'Globex, Acme'],
      ['b', 'Acme'],
      ['c', null],
    ]);
    // The column is an ordinary text column now: it takes any text, and the table can be edited.
    const edited = await call('PATCH', `/tables/${orders.id}/rows/${rows[2]?.id}`, {
      data: { customer: 'Initech' },
    });
    expect(edited.status).toBe(200);
  });

  it('links rows of its own table', async () => {
    const people = await createTable([{ name: 'name', dataType: 'text' }]);
    await call('POST', `/tables/${people.id}/columns`, {
      name: 'manager',
      displayName: 'Manager',
      dataType: 'relation',
      config: { targetTableId: people.id },
    });
    const [boss] = await insertRows(people.id, [{ name: 'Boss' }]);
    const [worker] = await insertRows(people.id, [{ name: 'Worker', manager: boss?.id }]);
    expect(worker?.data.manager).toEqual([boss?.id]);
    await call('DELETE', `/tables/${people.id}/rows/${boss?.id}`);
    expect((await queryRows(people.id)).body.map((row) => row.data)).toEqual([
      { name: 'Worker', manager: null },
    ]);
  });
});
