import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { TableStatus } from '../../src/contract/cells.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import { extractClient, ownStore, PRODUCT_COLUMNS, productLines } from '../support/extract.ts';
import { startServer } from '../support/server-process.ts';

describe('extraction beside a long AI run', () => {
  it('gets its share of the provider: its parts finish long before the run does', {
    timeout: 120_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    // The server's own look for work once a second, as by default: between looks, only the slots the
    // engine keeps free for waiting parts let them run (the tests' servers look every 100 ms).
    const server = await startServer({ ...store.env, ...inject('aiEnv'), AI_POLL_MS: '1000' });
    onTestFinished(() => void server.stop());
    const slow = testModel('cells-long-run');
    const extracting = testModel('extract-beside-run');
    await fakeRules([
      { model: slow, delayMs: 500, reply: { value: 'Norway' } },
      { model: extracting, delayMs: 100 },
    ]);
    // 200 cells of 0.5 s on the provider's 8 slots: 12.5 s of every slot wanted.
    const { table } = await aiTable(
      [
        { name: 'city', dataType: 'text' },
        aiColumn('country', slow, { prompt: 'Which country is {city} in?' }),
      ],
      Array.from({ length: 200 }, (_, n) => ({ city: `Town ${n}` })),
      server.baseUrl,
    );
    await run(table.id, {}, server.baseUrl);
    await eventually(async () => ((await fakeCalls(slow)).length >= 16 ? true : undefined));
    const client = extractClient(server.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    // 10 parts of 0.1 s. Before the engine kept slots free for them they finished after the run (13.6 s,
    // nothing left of it); with their share, in 2.9 s with 168 cells still to do (load 15).
    const job = await client.tables.create({
      schema_id: schema.id,
      name: 'Beside a run',
      model: extracting,
      source_text: productLines(1500).join('\n'),
    });
    const done = await client.tables.waitForCompletion(job.id, { intervalMs: 100, timeoutMs: 60_000 });
    expect(done).toMatchObject({ status: 'completed', total_rows: 1500 });
    const status = await call<TableStatus>(
      'GET',
      `/tables/${table.id}/status`,
      undefined,
      {},
      server.baseUrl,
    );
    expect(status.body.num_cells_in_progress).toBeGreaterThan(60);
    // The run goes on and finishes, every cell answered.
    const finished = await idle(table.id, server.baseUrl, 90_000);
    expect(finished.num_cells_completed).toBe(200);
  });
});
