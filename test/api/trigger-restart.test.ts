import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Table } from '../../src/contract/tables.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { startServer } from '../support/server-process.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

/** PGlite allows one process per store, so this test gets its own; PostgreSQL is shared as in production. */
const storeEnv = () => (onEmbeddedStore() ? freshEmbeddedStore() : inject('storeEnv'));

describe('triggers across a crash', () => {
  it('an event whose delivery was cut short by a crash is delivered after the restart', async () => {
    // The first call hangs: the server is killed while delivering; the second call answers.
    const receiver = await startReceiver((n) => (n === 1 ? 'hang' : 200));
    onTestFinished(() => receiver.close());
    const env = { ...storeEnv(), WEBHOOK_TIMEOUT_MS: '1000' };
    const server = await startServer(env);
    onTestFinished(() => void server.stop('SIGKILL'));
    const send = <T>(method: string, path: string, body?: unknown, base = server.baseUrl) =>
      call<T>(method, path, body, {}, base);
    const table = (
      await send<Table>('POST', '/tables', { name: 'Crash', columns: [{ name: 'n', dataType: 'number' }] })
    ).body;
    await send('POST', `/tables/${table.id}/triggers`, {
      name: 'Hook',
      triggerEvent: 'row_added',
      actionType: 'webhook',
      actionConfig: { url: receiver.url },
    });
    await send('POST', `/tables/${table.id}/rows`, { rows: [{ data: { n: 1 } }] });
    await eventually(() => receiver.received.length === 1);
    await server.stop('SIGKILL');

    const again = await startServer(env);
    onTestFinished(() => void again.stop());
    // The dead server's lease (three webhook timeouts) runs out, then the new one delivers.
    await eventually(() => receiver.received.length === 2, 20_000);
    expect(receiver.received[1]).toMatchObject({ event: 'row_added', row: { data: { n: 1 } } });
    expect(receiver.received[1]?.deliveryId).toBe(receiver.received[0]?.deliveryId);
  });
});

describe('triggers on a shared PostgreSQL', () => {
  it('two servers deliver each event once, whichever server recorded it', async ({ skip }) => {
    if (inject('engine') !== 'postgres') skip();
    const { createTestDatabase } = await import('../support/postgres.ts');
    const database = await createTestDatabase();
    const receiver = await startReceiver();
    onTestFinished(async () => {
      await receiver.close();
      await database.drop();
    });
    const [first, second] = await Promise.all([
      startServer({ DATABASE_URL: database.url }),
      startServer({ DATABASE_URL: database.url }),
    ]);
    onTestFinished(() => Promise.all([first.stop(), second.stop()]).then(() => undefined));
    const table = (
      await call<Table>(
        'POST',
        '/tables',
        { name: 'Shared', columns: [{ name: 'n', dataType: 'number' }] },
        {},
        first.baseUrl,
      )
    ).body;
    // Created on one server, the trigger fires for writes made through the other.
    await call(
      'POST',
      `/tables/${table.id}/triggers`,
      { name: 'Hook', triggerEvent: 'row_added', actionType: 'webhook', actionConfig: { url: receiver.url } },
      {},
      first.baseUrl,
    );
    for (let batch = 0; batch < 4; batch++) {
      const base = batch % 2 === 0 ? first.baseUrl : second.baseUrl;
      const rows = Array.from({ length: 10 }, (_, i) => ({ data: { n: batch * 10 + i } }));
      await call('POST', `/tables/${table.id}/rows`, { rows }, {}, base);
    }
    await eventually(() => receiver.received.length >= 40, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const values = receiver.received.map((body) => body.row.data?.n).sort((a, b) => Number(a) - Number(b));
    expect(values).toEqual(Array.from({ length: 40 }, (_, n) => n));
  });
});
