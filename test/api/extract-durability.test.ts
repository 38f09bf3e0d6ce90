import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import { fakeCalls, fakeRules, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import { extractClient, ownStore, PRODUCT_COLUMNS, productLines } from '../support/extract.ts';
import { startServer } from '../support/server-process.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

/** Small chunks (many calls), short leases and quick webhook retries, so these tests finish quickly. */
const EXTRACT_ENV = {
  EXTRACT_CHUNK_CHARS: '600',
  EXTRACT_CHUNK_OVERLAP: '120',
  AI_LEASE_MS: '2000',
  WEBHOOK_SECRET: 'webhook-test-secret',
  WEBHOOK_RETRY_DELAYS_MS: '200,200,200',
};

describe('extraction jobs survive their server', () => {
  it('finishes after kill -9 and a restart, every item once', { timeout: 300_000 }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    const env = { ...store.env, ...inject('aiEnv'), ...EXTRACT_ENV };
    const model = testModel('extract-crash');
    await fakeRules([{ model, delayMs: 300 }]);
    const first = await startServer(env);
    onTestFinished(() => void first.stop('SIGKILL'));
    const client = extractClient(first.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const lines = productLines(200);
    const table = await client.tables.create({
      schema_id: schema.id,
      name: 'Crash',
      model,
      source_text: lines.join('\n'),
    });
    // Some chunks written, others in flight: then the server dies without a word.
    await eventually(
      async () => ((await client.tables.get(table.id)).progress >= 20 ? true : undefined),
      30_000,
    );
    await first.stop('SIGKILL');

    const second = await startServer(env);
    onTestFinished(() => void second.stop());
    const again = extractClient(second.baseUrl);
    const done = await again.tables.waitForCompletion(table.id, { intervalMs: 100, timeoutMs: 60_000 });
    expect(done).toMatchObject({ status: 'completed', total_rows: 200, progress: 100 });
    const rows = await call<Row[]>(
      'GET',
      `/tables/${done.table_id}/rows?limit=500`,
      undefined,
      {},
      second.baseUrl,
    );
    const names = rows.body.map((row) => row.data.name);
    expect(names).toHaveLength(200);
    expect(new Set(names).size).toBe(200);
    // Calls were made by both servers: the second resumed where the first stopped.
    const instances = new Set((await fakeCalls(model)).map((c) => c.instance));
    expect(instances.size).toBe(2);
  });

  it('fails a chunk its server dies on each time, and finishes the job with the rows it has', {
    timeout: 300_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    // Two tries per chunk; a call outlives its server (no timeout ends it first).
    const env = {
      ...store.env,
      ...inject('aiEnv'),
      ...EXTRACT_ENV,
      AI_MAX_ATTEMPTS: '2',
      AI_CALL_TIMEOUT_MS: '120000',
    };
    const model = testModel('extract-poison');
    // The first of two chunks never answers: as if it took its server down with it.
    await fakeRules([{ model, match: 'Poison pill', hang: true }]);
    const poisonCalls = async () =>
      (await fakeCalls(model)).filter((c) => c.prompt.includes('Poison pill')).length;
    const source = ['Name: Poison pill; Price: 1.5; In stock: no', ...productLines(14)].join('\n');

    let server = await startServer(env);
    const client = extractClient(server.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const table = await client.tables.create({
      schema_id: schema.id,
      name: 'Poison',
      model,
      source_text: source,
    });
    for (const attempt of [1, 2]) {
      const live = extractClient(server.baseUrl);
      const dying = server;
      onTestFinished(() => void dying.stop('SIGKILL'));
      // The other chunk is written; this server is stuck on the poison one: it dies.
      await eventually(async () => {
        const job = await live.tables.get(table.id);
        return job.progress >= 50 && (await poisonCalls()) === attempt ? true : undefined;
      }, 30_000);
      await server.stop('SIGKILL');
      server = await startServer(env);
    }
    const last = server;
    onTestFinished(() => void last.stop());
    const done = await extractClient(last.baseUrl).tables.waitForCompletion(table.id, {
      intervalMs: 100,
      timeoutMs: 30_000,
    });
    expect(done.status).toBe('completed');
    expect(done.total_rows).toBe(3);
    expect(done.error_message).toMatch(
      /1 of 2 parts could not be extracted \(pasted text\): Stopped after 2 attempts: the server working on it went away/,
    );
    // Not tried a third time.
    expect(await poisonCalls()).toBe(2);
    const rows = await call<Row[]>('GET', `/tables/${done.table_id}/rows`, undefined, {}, last.baseUrl);
    expect(rows.body.map((row) => row.data.name).sort()).toEqual(['Item 12', 'Item 13', 'Item 14']);
  });

  it('fails a job whose sources its server died reading, once its attempts are used', {
    timeout: 200_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    // A web address that is asked for and never answers: the server dies while it waits.
    let asked = 0;
    const silent = createServer(() => {
      asked++;
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => {
      silent.closeAllConnections();
      silent.close();
    });
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/catalog.pdf`;
    const env = { ...store.env, ...inject('aiEnv'), ...EXTRACT_ENV, AI_MAX_ATTEMPTS: '1' };
    const first = await startServer({ ...env, EXTRACT_URL_TIMEOUT_MS: '120000' });
    onTestFinished(() => void first.stop('SIGKILL'));
    const client = extractClient(first.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const table = await client.tables.create({
      schema_id: schema.id,
      name: 'Unread',
      model: testModel('extract-unread'),
      file_urls: [url],
    });
    await eventually(async () => (asked > 0 ? true : undefined));
    await first.stop('SIGKILL');
    const second = await startServer(env);
    onTestFinished(() => void second.stop());
    const done = await extractClient(second.baseUrl).tables.waitForCompletion(table.id, {
      intervalMs: 100,
      timeoutMs: 30_000,
    });
    expect(done.status).toBe('failed');
    expect(done.error_message).toBe(
      'Stopped after 1 attempts to read the sources: the server reading them went away each time',
    );
    expect(asked).toBe(1);
  });

  it.skipIf(inject('engine') !== 'postgres')(
    'shares one job between two servers on one PostgreSQL, every item once',
    { timeout: 200_000 },
    async () => {
      const model = testModel('extract-shared');
      await fakeRules([{ model, delayMs: 400 }]);
      // A second server on the suite's database, beside the suite's own server.
      const other = await startServer({ ...inject('storeEnv'), ...inject('aiEnv') });
      onTestFinished(() => void other.stop());
      const client = extractClient();
      const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
      const lines = productLines(1500);
      const table = await client.tables.create({
        schema_id: schema.id,
        name: 'Shared',
        model,
        source_text: lines.join('\n'),
      });
      const done = await client.tables.waitForCompletion(table.id, { intervalMs: 100, timeoutMs: 120_000 });
      expect(done).toMatchObject({ status: 'completed', total_rows: 1500 });
      const names = [];
      for (const offset of [0, 1000]) {
        const page = await call<Row[]>('GET', `/tables/${done.table_id}/rows?limit=1000&offset=${offset}`);
        names.push(...page.body.map((row) => row.data.name));
      }
      expect(names).toHaveLength(1500);
      expect(new Set(names).size).toBe(1500);
      const instances = new Set((await fakeCalls(model)).map((c) => c.instance));
      expect(instances.size).toBe(2);
    },
  );

  it('retries a failing webhook until it answers, signed, with a new delivery id each time', {
    timeout: 200_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    const receiver = await startReceiver((n) => (n <= 2 ? 500 : 200));
    onTestFinished(() => receiver.close());
    const server = await startServer({ ...store.env, ...inject('aiEnv'), ...EXTRACT_ENV });
    onTestFinished(() => void server.stop());
    const client = extractClient(server.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const table = await client.tables.create({
      schema_id: schema.id,
      name: 'Hooked',
      model: testModel('extract-hook'),
      source_text: productLines(5).join('\n'),
      webhook_url: receiver.url,
      webhook_auth_header_name: 'X-Api-Key',
      webhook_auth_header_value: 'receiver-key',
    });
    await client.tables.waitForCompletion(table.id, { intervalMs: 100, timeoutMs: 30_000 });
    await eventually(async () => (receiver.received.length >= 3 ? true : undefined), 20_000);
    const body = receiver.received[2] as unknown as { event: string; data: Record<string, unknown> };
    expect(body).toMatchObject({
      event: 'table.completed',
      data: { table_id: table.id, status: 'completed', total_rows: 5 },
    });
    const headers = receiver.headers[2] ?? {};
    const expected = `sha256=${createHmac('sha256', 'webhook-test-secret').update(JSON.stringify(body)).digest('hex')}`;
    expect(headers['x-lasso-signature']).toBe(expected);
    expect(headers['x-lasso-event']).toBe('table.completed');
    expect(headers['x-api-key']).toBe('receiver-key');
    const ids = receiver.headers.map((h) => h['x-lasso-delivery-id']);
    expect(new Set(ids).size).toBe(3);
    const deliveries = await eventually(async () => {
      const listed = await client.tables.webhookDeliveries(table.id);
      return listed.data[0]?.status === 'delivered' ? listed.data : undefined;
    });
    expect(deliveries[0]?.attempts.map((attempt) => attempt.status_code)).toEqual([500, 500, 200]);
    expect(deliveries[0]?.attempts.map((attempt) => attempt.delivery_id)).toEqual(ids);
  });
});
