import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTable } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import { allRows, importDocument, uploaded } from '../support/io.ts';
import { startReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

let hook: WebhookReceiver;
beforeAll(async () => {
  hook = await startReceiver();
});
afterAll(() => hook.close());

describe('imported rows', () => {
  it('get their formulas computed and fire the table’s triggers, like rows from the API', async () => {
    const table = await createTable([
      { name: 'customer', dataType: 'text' },
      { name: 'qty', dataType: 'number' },
      { name: 'price', dataType: 'number' },
      { name: 'total', dataType: 'computed', config: { formula: 'qty * price' } },
    ]);
    await call('POST', `/tables/${table.id}/triggers`, {
      name: 'Big orders',
      triggerEvent: 'row_added',
      condition: { column: 'total', operator: 'gte', value: 100 },
      actionType: 'webhook',
      actionConfig: { url: hook.url },
    });
    const document = await uploaded(
      'orders.csv',
      'customer,qty,price\nAcme,10,20\nGlobex,1,5\nInitech,5,30\n',
    );
    const result = await importDocument(document.id, table.id);
    expect(result.rowsImported).toBe(3);
    expect((await allRows(table.id)).map((row) => row.total)).toEqual([200, 5, 150]);
    const bodies = await eventually(() => {
      const mine = hook.received.filter((body) => body.table.id === table.id);
      return mine.length === 2 && mine;
    });
    expect(bodies.map((body) => body.row.data?.customer).sort()).toEqual(['Acme', 'Initech']);
  });
});
