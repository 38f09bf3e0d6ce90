import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Table } from '../../src/contract/tables.ts';
import type { Trigger } from '../../src/contract/triggers.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { startServer } from '../support/server-process.ts';
import { settle, startReceiver } from '../support/webhook-receiver.ts';

/** A server whose OUTBOUND_ALLOW names nothing: loopback is as private as any other address to it. */
async function guardedServer(extra: Record<string, string> = {}) {
  const store = onEmbeddedStore()
    ? { env: freshEmbeddedStore(), drop: async () => undefined }
    : await (await import('../support/postgres.ts'))
        .createTestDatabase()
        .then((db) => ({ env: { DATABASE_URL: db.url }, drop: db.drop }));
  onTestFinished(() => store.drop());
  const server = await startServer({ ...store.env, ...extra, OUTBOUND_ALLOW: '' });
  onTestFinished(() => void server.stop());
  return server;
}

describe('the outbound guard on a running server', () => {
  it('refuses a webhook to a loopback address, says why on the trigger, and never calls it', async () => {
    const receiver = await startReceiver();
    onTestFinished(() => receiver.close());
    const server = await guardedServer();
    const table = (
      await call<Table>(
        'POST',
        '/tables',
        { name: 'Hooks', columns: [{ name: 'n', dataType: 'number' }] },
        {},
        server.baseUrl,
      )
    ).body;
    await call(
      'POST',
      `/tables/${table.id}/triggers`,
      { name: 'Hook', triggerEvent: 'row_added', actionType: 'webhook', actionConfig: { url: receiver.url } },
      {},
      server.baseUrl,
    );
    await call('POST', `/tables/${table.id}/rows`, { rows: [{ data: { n: 1 } }] }, {}, server.baseUrl);
    const trigger = await eventually(async () => {
      const [found] = (
        await call<Trigger[]>('GET', `/tables/${table.id}/triggers`, undefined, {}, server.baseUrl)
      ).body;
      return found?.lastError ? found : undefined;
    });
    expect(trigger.lastError).toMatch(
      /Refused to call http:\/\/127\.0\.0\.1:\d+: 127\.0\.0\.1 is a loopback address/,
    );
    await settle();
    // Refused, not retried: another attempt could not change the address.
    expect(receiver.received).toHaveLength(0);
  });

  it('lets the operator-configured provider and search on loopback through, but not a page the model picked there', {
    timeout: 60_000,
  }, async () => {
    const searx = inject('fakeProviderUrl').replace(/\/v1$/, '');
    const server = await guardedServer({ ...inject('aiEnv'), SEARXNG_URL: searx });
    const model = testModel('guarded-research');
    await fakeRules([
      { model, toolCall: { name: 'web_search', arguments: { query: 'Acme' } }, times: 1 },
      {
        model,
        match: '#tools=1',
        toolCall: { name: 'read_page', arguments: { url: 'http://169.254.169.254/latest/meta-data/' } },
      },
      { model, match: '#tools=2', reply: { value: 1990 } },
    ]);
    const { table } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        aiColumn('founded', model, {
          prompt: 'When was {company} founded?',
          outputFormat: 'number',
          agentType: 'research',
        }),
      ],
      [{ company: 'Acme' }],
      server.baseUrl,
    );
    await run(table.id, {}, server.baseUrl);
    await idle(table.id, server.baseUrl);
    const [row] = await rowsOf(table.id, server.baseUrl);
    expect(row?.data.founded).toBe(1990);
    const calls = await fakeCalls(model);
    expect(calls).toHaveLength(3);
    // The model was told the page read was refused, and why.
    expect(calls[2]?.conversation.join('\n')).toMatch(
      /Refused to call http:\/\/169\.254\.169\.254: .*link-local/,
    );
  });
});
