import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { RunEstimate } from '../../src/contract/runs.ts';
import {
  aiColumn,
  aiTable,
  fakeCalls,
  fakeRules,
  idle,
  rowsOf,
  run,
  runOf,
  testModel,
} from '../support/ai.ts';
import { call } from '../support/api.ts';
import { startServer } from '../support/server-process.ts';

const estimate = async (tableId: string, body: Record<string, unknown>) =>
  (await call<RunEstimate>('POST', `/tables/${tableId}/run/estimate`, body)).body;

const cityColumns = (model: string, config: Record<string, unknown> = {}) => [
  { name: 'city', dataType: 'text' as const },
  aiColumn('country', model, { prompt: 'Which country is {city} in?', ...config }),
];

describe('the answer cache: never pay twice', () => {
  it('answers a rerun of an unchanged column with no provider call, and says what it saved', async () => {
    const model = testModel('rerun');
    await fakeRules([{ model, reply: { value: 'Somewhere' } }]);
    await call('PUT', '/ai/prices', { model, inputUsd: 2, outputUsd: 8 });
    const cities = Array.from({ length: 12 }, (_, n) => ({ city: `City ${n}` }));
    const { table } = await aiTable(cityColumns(model), cities);
    const first = await run(table.id);
    await idle(table.id);
    expect(await fakeCalls(model)).toHaveLength(12);
    const paid = await runOf(table.id, first.runId);
    expect(paid).toMatchObject({ cellsDone: 12, cellsReused: 0, savedTokens: 0 });
    expect(paid.spentUsd).toBeGreaterThan(0);

    // At once: the estimate asks the engine's own cache, answers not yet written to the store included.
    expect(await estimate(table.id, { mode: 'all' })).toMatchObject({
      calls: 0,
      answersReused: 12,
      costUsd: 0,
    });
    const rerun = await run(table.id, { mode: 'all' });
    await idle(table.id);
    expect(await fakeCalls(model)).toHaveLength(12);
    const reused = await runOf(table.id, rerun.runId);
    expect(reused).toMatchObject({ status: 'completed', cellsDone: 12, cellsReused: 12, tokensIn: 0 });
    expect(reused.savedTokens).toBe(paid.tokensIn + paid.tokensOut);
    expect(reused.savedUsd).toBeCloseTo(paid.spentUsd, 4);
    expect((await rowsOf(table.id)).every((row) => row.data.country === 'Somewhere')).toBe(true);
  });

  it('pays for 10 calls for a 100-row table of 10 distinct inputs, and the estimate says so first', async () => {
    const model = testModel('distinct');
    await fakeRules([{ model, reply: { value: 'Elsewhere' }, delayMs: 30 }]);
    const { table } = await aiTable(
      cityColumns(model),
      Array.from({ length: 100 }, (_, n) => ({ city: `Town ${n % 10}` })),
    );
    expect(await estimate(table.id, {})).toMatchObject({ calls: 10, answersReused: 90 });
    const started = await run(table.id);
    await idle(table.id);
    expect(await fakeCalls(model)).toHaveLength(10);
    expect(await runOf(table.id, started.runId)).toMatchObject({ cellsDone: 100, cellsReused: 90 });
    const rows = await rowsOf(table.id);
    expect(rows.filter((row) => row.data.country === 'Elsewhere')).toHaveLength(100);
  });

  it('is shared across tables: the same request in another table costs nothing', async () => {
    const model = testModel('tables');
    await fakeRules([{ model, reply: { value: 'Here' } }]);
    const rows = [{ city: 'Lyon' }, { city: 'Porto' }];
    const one = await aiTable(cityColumns(model), rows);
    await run(one.table.id);
    await idle(one.table.id);
    const two = await aiTable(cityColumns(model), rows);
    await run(two.table.id);
    await idle(two.table.id);
    expect(await fakeCalls(model)).toHaveLength(2);
    expect((await rowsOf(two.table.id)).map((row) => row.data.country)).toEqual(['Here', 'Here']);
  });

  it('asks every time for a column with the cache turned off', async () => {
    const model = testModel('vary');
    await fakeRules([{ model, reply: { value: 'A slogan' } }]);
    const { table } = await aiTable(
      cityColumns(model, { cache: false }),
      Array.from({ length: 5 }, () => ({ city: 'Same' })),
    );
    expect(await estimate(table.id, {})).toMatchObject({ calls: 5, answersReused: 0 });
    await run(table.id);
    await idle(table.id);
    await run(table.id, { mode: 'all' });
    await idle(table.id);
    expect(await fakeCalls(model)).toHaveLength(10);
  });

  it('never keeps a failed call: the retry asks the provider again', async () => {
    const model = testModel('failed');
    await fakeRules([
      { model, status: 400, times: 1 },
      { model, reply: { value: 'Fine now' } },
    ]);
    const { table } = await aiTable(cityColumns(model), [{ city: 'Oslo' }]);
    await run(table.id);
    expect(await idle(table.id)).toMatchObject({ num_cells_failed: 1 });
    await run(table.id, { mode: 'failed' });
    await idle(table.id);
    expect(await fakeCalls(model)).toHaveLength(2);
    expect((await rowsOf(table.id))[0]?.data.country).toBe('Fine now');
  });

  it.runIf(inject('engine') === 'postgres')(
    'is shared by two servers on one PostgreSQL',
    { timeout: 60_000 },
    async () => {
      const model = testModel('servers');
      await fakeRules([{ model, reply: { value: 'Shared' } }]);
      const rows = [{ city: 'Bergen' }, { city: 'Turku' }, { city: 'Aarhus' }];
      const one = await aiTable(cityColumns(model), rows);
      await run(one.table.id);
      await idle(one.table.id);
      const other = await startServer({ ...inject('storeEnv'), ...inject('aiEnv') });
      onTestFinished(async () => {
        await other.stop();
      });
      const two = await aiTable(cityColumns(model), rows, other.baseUrl);
      const started = await run(two.table.id, {}, other.baseUrl);
      await idle(two.table.id, other.baseUrl);
      expect(await fakeCalls(model)).toHaveLength(3);
      expect(await runOf(two.table.id, started.runId, other.baseUrl)).toMatchObject({ cellsReused: 3 });
    },
  );
});
