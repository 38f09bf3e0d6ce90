import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Run } from '../../src/contract/runs.ts';
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
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { startServer } from '../support/server-process.ts';

const paused = (tableId: string, runId: string, baseUrl?: string) =>
  eventually(
    async () => {
      const found = await runOf(tableId, runId, baseUrl);
      return found.status === 'paused' ? found : undefined;
    },
    20_000,
    'the run to pause',
  );

const columns = (model: string) => [
  { name: 'city', dataType: 'text' as const },
  aiColumn('country', model, { prompt: 'Which country is {city} in?' }),
];
const cities = (count: number) => Array.from({ length: count }, (_, n) => ({ city: `Place ${n}` }));

describe('run budgets', () => {
  it('pause a run before the call that would pass its token ceiling, cells queued, and resume it', async () => {
    const model = testModel('budget-tokens');
    await fakeRules([{ model, reply: { value: 'Norway' } }]);
    const { table } = await aiTable(columns(model), cities(20));
    const started = await run(table.id, { budget: { maxTokens: 400 } });
    const held = await paused(table.id, started.runId);
    // Calls under way when it paused still finish: wait for them before counting.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stopped = await runOf(table.id, started.runId);
    expect(stopped).toMatchObject({
      status: 'paused',
      cellsFailed: 0,
      budget: { maxTokens: 400, maxUsd: null },
    });
    expect(stopped.cellsDone).toBeGreaterThan(0);
    expect(stopped.cellsDone).toBeLessThan(20);
    expect(stopped.tokensIn + stopped.tokensOut).toBeLessThanOrEqual(400);
    expect(await fakeCalls(model)).toHaveLength(stopped.cellsDone);
    expect(stopped.left).toMatchObject({ cells: 20 - stopped.cellsDone });
    expect(stopped.left?.tokens).toBeGreaterThan(0);
    expect(held.pausedAt).not.toBeNull();
    const statuses = (await rowsOf(table.id)).map((row) => row.cells?.country?.status);
    expect(statuses.filter((status) => status === 'requested')).toHaveLength(20 - stopped.cellsDone);
    expect(statuses).not.toContain('failed');

    const resumed = await call<Run>('POST', `/tables/${table.id}/runs/${started.runId}/resume`, {
      budget: null,
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ status: 'running', budget: null, left: null });
    await idle(table.id);
    expect(await runOf(table.id, started.runId)).toMatchObject({ status: 'completed', cellsDone: 20 });
    expect(await fakeCalls(model)).toHaveLength(20);
    const again = await call('POST', `/tables/${table.id}/runs/${started.runId}/resume`, {});
    expect(again.status).toBe(409);
  });

  it('hold dollar ceilings at the prices in Settings, and refuse one for a model without a price', async () => {
    const model = testModel('budget-usd');
    await fakeRules([{ model, reply: { value: 'Chile' } }]);
    const { table } = await aiTable(columns(model), cities(20));
    const refused = await call<{ error: string }>('POST', `/tables/${table.id}/run`, {
      budget: { maxUsd: 1 },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain(`"${model}"`);

    // $1,000 per million tokens: a call of ~40 tokens costs about 4 cents.
    await call('PUT', '/ai/prices', { model, inputUsd: 1000, outputUsd: 1000 });
    const started = await run(table.id, { budget: { maxUsd: 0.3 } });
    await paused(table.id, started.runId);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stopped = await runOf(table.id, started.runId);
    expect(stopped.spentUsd).toBeGreaterThan(0);
    expect(stopped.spentUsd).toBeLessThanOrEqual(0.3);
    expect(stopped.left?.costUsd).toBeGreaterThan(0);

    await call('POST', `/tables/${table.id}/runs/${started.runId}/resume`, { budget: { maxUsd: 100 } });
    await idle(table.id);
    expect(await runOf(table.id, started.runId)).toMatchObject({
      status: 'completed',
      cellsDone: 20,
      budget: { maxUsd: 100, maxTokens: null },
    });
    const prices = (await call<{ prices: Array<{ model: string; source: string }> }>('GET', '/ai/prices'))
      .body;
    expect(prices.prices).toContainEqual(expect.objectContaining({ model, source: 'settings' }));
    expect(prices.prices).toContainEqual(expect.objectContaining({ model: 'gpt-4o-mini', source: 'list' }));
    expect((await call('DELETE', `/ai/prices?model=${encodeURIComponent(model)}`)).status).toBe(204);
  });

  it('stay paused across a server restart, and resume on the new server', { timeout: 90_000 }, async () => {
    const store = onEmbeddedStore()
      ? { env: freshEmbeddedStore(), drop: async () => undefined }
      : await (async () => {
          const { createTestDatabase } = await import('../support/postgres.ts');
          const database = await createTestDatabase();
          return { env: { DATABASE_URL: database.url }, drop: database.drop };
        })();
    onTestFinished(() => store.drop());
    const env = { ...store.env, ...inject('aiEnv') };
    const model = testModel('budget-restart');
    await fakeRules([{ model, reply: { value: 'Peru' } }]);
    const first = await startServer(env);
    onTestFinished(() => void first.stop('SIGKILL'));
    const { table } = await aiTable(columns(model), cities(8), first.baseUrl);
    const started = await run(table.id, { budget: { maxTokens: 150 } }, first.baseUrl);
    await paused(table.id, started.runId, first.baseUrl);
    await first.stop();

    const second = await startServer(env);
    onTestFinished(async () => {
      await second.stop();
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await runOf(table.id, started.runId, second.baseUrl);
    expect(after.status).toBe('paused');
    expect(await fakeCalls(model)).toHaveLength(after.cellsDone);
    await call(
      'POST',
      `/tables/${table.id}/runs/${started.runId}/resume`,
      { budget: null },
      {},
      second.baseUrl,
    );
    await idle(table.id, second.baseUrl);
    expect(await runOf(table.id, started.runId, second.baseUrl)).toMatchObject({
      status: 'completed',
      cellsDone: 8,
    });
  });
});
