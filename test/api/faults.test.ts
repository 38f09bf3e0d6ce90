import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { ImportResult } from '../../src/contract/imports.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { upload } from '../support/io.ts';
import { type ServerProcess, startServer, tempDataDir } from '../support/server-process.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';

/** A store of this test's own, for a server that will be killed and started again on it. */
async function ownStore(): Promise<Record<string, string>> {
  if (inject('engine') === 'pglite') return { DATA_DIR: tempDataDir() };
  const database = await (await import('../support/postgres.ts')).createTestDatabase();
  onTestFinished(() => database.drop());
  return { DATABASE_URL: database.url };
}

/** A server that is killed at the end of the test whatever happened. */
async function serverOn(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer(env);
  onTestFinished(() => void server.stop('SIGKILL'));
  return server;
}

const rowCount = async (server: ServerProcess, tableId: string) =>
  (await call<Table>('GET', `/tables/${tableId}`, undefined, {}, server.baseUrl)).body.rowCount;

describe('faults: the server killed mid-write', () => {
  it('SIGKILL during a batch insert: after the restart the batch is all there or not at all', {
    timeout: 240_000,
  }, async () => {
    const env = await ownStore();
    let server = await serverOn(env);
    const table = (
      await call<Table>(
        'POST',
        '/tables',
        { name: 'Batch', columns: [{ name: 'n', dataType: 'number' }] },
        {},
        server.baseUrl,
      )
    ).body;
    const rows = Array.from({ length: 5_000 }, (_, n) => ({ data: { n } }));
    const inFlight = call('POST', `/tables/${table.id}/rows`, { rows }, {}, server.baseUrl).catch(
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    await server.stop('SIGKILL');
    const answer = await inFlight;
    server = await serverOn(env);
    const count = await rowCount(server, table.id);
    expect([0, 5_000]).toContain(count);
    // An acknowledged batch is never lost.
    if (answer?.status === 201) expect(count).toBe(5_000);
    // The server took writes again at once.
    expect(
      (await call('POST', `/tables/${table.id}/rows`, { rows: [{ data: { n: -1 } }] }, {}, server.baseUrl))
        .status,
    ).toBe(201);
  });

  it('SIGKILL during an import: whole batches only, and the import is reported as stopped', {
    timeout: 240_000,
  }, async () => {
    const env = { ...(await ownStore()), IMPORT_BATCH_ROWS: '500' };
    let server = await serverOn(env);
    const csv = `id,name,amount\n${Array.from({ length: 60_000 }, (_, n) => `${n},name ${n},${n * 1.5}`).join('\n')}\n`;
    const document = (await upload('big.csv', csv, server.baseUrl)).body;
    const started = await call<ImportResult>(
      'POST',
      '/tables/import',
      { documentId: document.id, async: true, name: 'Killed import' },
      {},
      server.baseUrl,
    );
    expect(started.status).toBe(202);
    const { importId, tableId } = started.body;
    // Killed once some batches are in, before the last.
    await eventually(async () => {
      const progress = (
        await call<ImportResult>('GET', `/imports/${importId}`, undefined, {}, server.baseUrl)
      ).body;
      return progress.rowsImported > 0;
    }, 120_000);
    await server.stop('SIGKILL');

    server = await serverOn(env);
    const result = (await call<ImportResult>('GET', `/imports/${importId}`, undefined, {}, server.baseUrl))
      .body;
    const count = await rowCount(server, tableId);
    // Progress is written in each batch's transaction: the record and the table agree, in whole batches.
    expect(count).toBe(result.rowsImported);
    expect(count % 500).toBe(0);
    expect(count).toBeLessThan(60_000);
    // The embedded store has one server: an import still "running" at its start died with the last one.
    if (inject('engine') === 'pglite') expect(result.status).toBe('failed');
    const rows = (await call<Row[]>('GET', `/tables/${tableId}/rows?limit=3`, undefined, {}, server.baseUrl))
      .body;
    expect(rows[0]?.data).toMatchObject({ id: 0, name: 'name 0' });
  });
});

describe('faults: a full disk', () => {
  it('writes fail with an error while the disk is full; the server recovers and loses nothing committed', {
    timeout: 300_000,
  }, async ({ skip }) => {
    if (inject('engine') !== 'pglite') skip();
    // A small tmpfs as the data directory; it needs root (mount), which this machine has.
    const dir = join(tmpdir(), `ai-tables-full-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=100m', 'tmpfs', dir]);
    } catch {
      skip();
    }
    onTestFinished(() => {
      execFileSync('umount', ['-l', dir]);
    });
    const env = { DATA_DIR: join(dir, 'store') };
    let server = await serverOn(env);
    const table = (
      await call<Table>(
        'POST',
        '/tables',
        { name: 'Full', columns: [{ name: 'text', dataType: 'text' }] },
        {},
        server.baseUrl,
      )
    ).body;
    // Random text: repeated characters would be compressed by the store and never fill anything.
    const filler = () => randomBytes(3_000).toString('base64');
    let acknowledged = 0;
    let failure: number | undefined;
    for (let batch = 0; batch < 200 && failure === undefined; batch++) {
      const response = await call(
        'POST',
        `/tables/${table.id}/rows`,
        { rows: Array.from({ length: 500 }, (_, n) => ({ data: { text: `${batch}-${n}-${filler()}` } })) },
        {},
        server.baseUrl,
      ).catch(() => ({ status: 0 }));
      if (response.status === 201) acknowledged++;
      else failure = response.status;
    }
    expect(failure, 'the disk never filled').toBeDefined();
    // The server may have stopped (the store cannot go on without space) or answered 5xx: either way,
    // once space is back, a server on the same folder has every acknowledged batch and takes writes.
    await server.stop('SIGKILL');
    execFileSync('mount', ['-o', 'remount,size=400m', dir]);
    server = await serverOn(env);
    const count = await rowCount(server, table.id);
    expect(count).toBeGreaterThanOrEqual(acknowledged * 500);
    expect(count % 500).toBe(0);
    expect(
      (
        await call(
          'POST',
          `/tables/${table.id}/rows`,
          { rows: [{ data: { text: 'after' } }] },
          {},
          server.baseUrl,
        )
      ).status,
    ).toBe(201);
  });
});

/**
 * A 120-cell run and three clients (two reading, one writing) through an outage of the store that
 * `takeAway` causes (it returns a check that says when the store is back). Every request gets an answer
 * within 15 s: 2xx, or a clean 503 with Retry-After, never a 500; writes work again by themselves; the
 * run ends with every cell answered once, none lost, none written twice.
 */
async function runThroughOutage(
  env: Record<string, string>,
  takeAway: () => Promise<() => boolean>,
): Promise<ServerProcess> {
  const model = testModel('outage');
  await fakeRules([{ model, reply: { value: 'after the outage' }, delayMs: 200 }]);
  const server = await serverOn({ ...env, ...inject('aiEnv'), AI_LEASE_MS: '2000' });
  onTestFinished((ctx) => {
    if (ctx.task.result?.state === 'fail') console.log('server log:', server.output().slice(-8000));
  });
  const { table } = await aiTable(
    [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Number {n}' })],
    Array.from({ length: 120 }, (_, n) => ({ n })),
    server.baseUrl,
  );
  // Writes go to a table of their own, so the AI table's history holds the run's entries only.
  const traffic = (
    await call<Table>(
      'POST',
      '/tables',
      { name: 'Traffic', columns: [{ name: 'n', dataType: 'number' }] },
      {},
      server.baseUrl,
    )
  ).body;
  await run(table.id, {}, server.baseUrl);
  await eventually(async () => ((await fakeCalls(model)).length >= 10 ? true : undefined), 60_000);

  const answers: Array<{ status: number; body: string; retryAfter: string | null }> = [];
  let sending = true;
  const client = async (write: boolean) => {
    while (sending) {
      const path = write ? `${traffic.id}/rows` : `${table.id}/rows?limit=50`;
      const response = await fetch(`${server.baseUrl}/api/tables/${path}`, {
        method: write ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: write ? JSON.stringify({ rows: [{ data: { n: -1 } }] }) : undefined,
        signal: AbortSignal.timeout(15_000),
      });
      answers.push({
        status: response.status,
        body: await response.text(),
        retryAfter: response.headers.get('retry-after'),
      });
    }
  };
  const health: number[] = [];
  const healthProbe = async () => {
    while (sending) {
      const response = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(15_000) });
      health.push(response.status);
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const clients = [client(false), client(false), client(true), healthProbe()];
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await fakeCalls(model)).length, 'the run is still going').toBeLessThan(120);
  const back = await takeAway();
  await eventually(
    async () => (back() && answers.slice(-3).some((answer) => answer.status === 201) ? true : undefined),
    60_000,
  );
  sending = false;
  await Promise.all(clients);

  const failed = answers.filter((answer) => answer.status >= 300);
  expect(failed.length, 'no request failed while the store was away').toBeGreaterThan(0);
  for (const answer of failed) {
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('2');
    expect(JSON.parse(answer.body)).toEqual({ error: expect.stringMatching(/unavailable/) });
  }

  expect(health, 'the health check says the store is away, then back').toContain(503);
  await eventually(
    async () =>
      (await call('GET', '/health', undefined, {}, server.baseUrl)).status === 200 ? true : undefined,
    30_000,
  );

  const status = await idle(table.id, server.baseUrl, 120_000);
  expect(status).toMatchObject({ num_cells_completed: 120, num_cells_failed: 0, num_cells_in_progress: 0 });
  const rows = await rowsOf(table.id, server.baseUrl);
  expect(rows).toHaveLength(120);
  expect(
    rows.every((row) => row.data.answer === 'after the outage' && row.cells?.answer?.status === 'done'),
  ).toBe(true);
  const history = (
    await call<HistoryEntry[]>('GET', `/tables/${table.id}/history?limit=500`, undefined, {}, server.baseUrl)
  ).body;
  const answered = history.filter((entry) => entry.action === 'ai').map((entry) => entry.rowId);
  expect(answered).toHaveLength(120);
  expect(new Set(answered).size).toBe(120);
  return server;
}

describe('faults: the store taken away under the server', () => {
  it.skipIf(inject('engine') !== 'embedded')(
    "the native store's PostgreSQL killed: 503s meanwhile, the server starts it again, the run loses and doubles no cell",
    { timeout: 240_000 },
    async () => {
      const store = freshEmbeddedStore();
      const pidFile = join(store.DATA_DIR as string, 'postgres', 'postmaster.pid');
      const postmaster = () => Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      const server = await runThroughOutage(store, async () => {
        const killed = postmaster();
        process.kill(killed, 'SIGKILL');
        // Back on a new PostgreSQL.
        return () => postmaster() !== killed;
      });
      expect(server.output()).toMatch(/starting it again/);
      expect(server.output()).not.toMatch(/the embedded store stopped/);
    },
  );

  // The machine's PostgreSQL is shared with the other suites: the test cuts a proxy in front of it.
  it.skipIf(inject('engine') !== 'postgres')(
    'PostgreSQL unreachable for 3 s (DATABASE_URL): 503s meanwhile, the pool reconnects, the run loses and doubles no cell',
    { timeout: 240_000 },
    async () => {
      const database = await (await import('../support/postgres.ts')).createTestDatabase();
      onTestFinished(() => database.drop());
      const url = new URL(database.url);
      const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
      onTestFinished(() => proxy.close());
      url.port = String(proxy.port);
      let resumed = false;
      await runThroughOutage({ DATABASE_URL: url.toString() }, async () => {
        proxy.cut();
        setTimeout(() => {
          proxy.resume();
          resumed = true;
        }, 3_000);
        return () => resumed;
      });
    },
  );
});
