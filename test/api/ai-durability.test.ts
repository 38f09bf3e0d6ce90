import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { startServer } from '../support/server-process.ts';

/** A store of this test's own: an embedded store belongs to one process; PostgreSQL gets a fresh database. */
async function ownStore(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (onEmbeddedStore()) return { env: freshEmbeddedStore(), drop: async () => undefined };
  const { createTestDatabase } = await import('../support/postgres.ts');
  const database = await createTestDatabase();
  return { env: { DATABASE_URL: database.url }, drop: database.drop };
}

describe('the AI engine survives its server', () => {
  it('finishes a run after kill -9 and a restart: no cell stays in progress, none is lost', {
    timeout: 120_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    const env = { ...store.env, ...inject('aiEnv'), AI_LEASE_MS: '2000' };
    const model = testModel('crash');
    await fakeRules([{ model, reply: { value: 'survived' }, delayMs: 250 }]);
    const first = await startServer(env);
    onTestFinished(() => void first.stop('SIGKILL'));
    const { table } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Number {n}' })],
      Array.from({ length: 30 }, (_, n) => ({ n })),
      first.baseUrl,
    );
    await run(table.id, {}, first.baseUrl);
    await eventually(async () => ((await fakeCalls(model)).length >= 10 ? true : undefined));
    await first.stop('SIGKILL');

    const second = await startServer(env);
    onTestFinished(() => void second.stop());
    const status = await idle(table.id, second.baseUrl, 30_000);
    expect(status).toMatchObject({ num_cells_completed: 30, num_cells_failed: 0, num_cells_in_progress: 0 });
    const rows = await rowsOf(table.id, second.baseUrl);
    expect(rows.every((row) => row.data.answer === 'survived' && row.cells?.answer?.status === 'done')).toBe(
      true,
    );
  });

  // Retried: the edits race the calls' 1 s, and on a busy CI a slot sometimes frees before the last
  // edit lands (1 failure in 4 fresh-clone runs on 2026-12-07); a broken engine fails every try.
  it('a cell a person fills while it waits for a provider slot costs no call', {
    timeout: 60_000,
    retry: 2,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    // Two slots: two cells in flight, one more claimed and prepared, waiting for a slot.
    const server = await startServer({ ...store.env, ...inject('aiEnv'), AI_TABLES_CONCURRENCY: '2' });
    onTestFinished(async () => {
      await server.stop();
    });
    const model = testModel('waiting');
    await fakeRules([{ model, reply: { value: 'from the model' }, delayMs: 1000 }]);
    const { table, rows } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Row {n}' })],
      Array.from({ length: 6 }, (_, n) => ({ n })),
      server.baseUrl,
    );
    await run(table.id, {}, server.baseUrl);
    await eventually(async () => ((await fakeCalls(model)).length >= 2 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A prompt is the column's text with the format's instruction after a blank line.
    const called = new Set((await fakeCalls(model)).map((c) => c.prompt.split('\n')[0]));
    const byHand = rows.filter((row) => !called.has(`Row "${row.data.n}"`));
    for (const row of byHand) {
      const edited = await call(
        'PATCH',
        `/tables/${table.id}/rows/${row.id}`,
        { data: { n: row.data.n, answer: 'by hand' } },
        {},
        server.baseUrl,
      );
      expect(edited.status).toBe(200);
    }
    const callsAtEdit = (await fakeCalls(model)).length;
    await idle(table.id, server.baseUrl);
    expect((await fakeCalls(model)).length).toBe(callsAtEdit);
    const after = await rowsOf(table.id, server.baseUrl);
    expect(after.filter((row) => row.data.answer === 'by hand')).toHaveLength(byHand.length);
    expect(byHand.length).toBeGreaterThanOrEqual(3);
  });

  it('two servers on one PostgreSQL share a run and call the provider once per cell', {
    timeout: 120_000,
  }, async ({ skip }) => {
    if (inject('engine') !== 'postgres') skip();
    const store = await ownStore();
    onTestFinished(() => store.drop());
    const env = { ...store.env, ...inject('aiEnv'), AI_TABLES_CONCURRENCY: '6' };
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    onTestFinished(async () => {
      await Promise.all([a.stop(), b.stop()]);
    });
    const model = testModel('shared');
    await fakeRules([{ model, reply: { value: 'once' }, delayMs: 60 }]);
    const { table } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Cell for row {n}' })],
      Array.from({ length: 120 }, (_, n) => ({ n })),
      a.baseUrl,
    );
    expect((await run(table.id, {}, a.baseUrl)).cellsQueued).toBe(120);
    await idle(table.id, b.baseUrl, 30_000);
    const calls = await fakeCalls(model);
    const perPrompt = new Map<string, number>();
    for (const c of calls) perPrompt.set(c.prompt, (perPrompt.get(c.prompt) ?? 0) + 1);
    expect(perPrompt.size).toBe(120);
    expect([...perPrompt.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(calls.map((c) => c.instance)).size).toBe(2);
    const rows = (await call<Row[]>('GET', `/tables/${table.id}/rows?limit=200`, undefined, {}, b.baseUrl))
      .body;
    expect(rows.filter((row) => row.data.answer === 'once')).toHaveLength(120);
  });
});
