import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/contract/errors.ts';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { RollbackResult, Run } from '../../src/contract/runs.ts';
import {
  aiColumn,
  aiTable,
  eventually,
  fakeCalls,
  fakeRules,
  idle,
  rowsOf,
  run,
  testModel,
} from '../support/ai.ts';
import { call } from '../support/api.ts';

describe('cancelling and rolling back runs', () => {
  it('cancel puts queued cells back, abandons running calls and stops calling the provider', async () => {
    const model = testModel('cancel');
    await fakeRules([{ model, reply: { value: 'slow answer' }, delayMs: 400 }]);
    const { table } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Think about {n}' })],
      Array.from({ length: 40 }, (_, n) => ({ n })),
    );
    const { runId } = await run(table.id);
    await eventually(async () => ((await fakeCalls(model)).length > 0 ? true : undefined));
    const cancelled = await call<Run>('POST', `/tables/${table.id}/runs/${runId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.cellsCancelled).toBeGreaterThan(0);
    await idle(table.id);
    const callsAtCancel = (await fakeCalls(model)).length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await fakeCalls(model)).length).toBe(callsAtCancel);
    const rows = await rowsOf(table.id);
    const statuses = new Set(rows.map((row) => row.cells?.answer?.status));
    expect([...statuses].every((status) => status === 'created' || status === 'done')).toBe(true);
    const [record] = (await call<Run[]>('GET', `/tables/${table.id}/runs`)).body;
    expect((record?.cellsDone ?? 0) + (record?.cellsCancelled ?? 0)).toBe(40);
  });

  it('rollback puts back the values a run replaced, skips cells a person changed since, and only once', async () => {
    const model = testModel('rollback');
    await fakeRules([
      { model, reply: { value: 'first' }, times: 3 },
      { model, reply: { value: 'second' } },
    ]);
    const { table, rows } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Say something about {n}' })],
      [{ n: 1 }, { n: 2 }, { n: 3 }],
    );
    await run(table.id);
    await idle(table.id);
    const { runId } = await run(table.id, { mode: 'all' });
    await idle(table.id);
    expect((await rowsOf(table.id)).map((row) => row.data.answer)).toEqual(['second', 'second', 'second']);
    const [row] = await rowsOf(table.id);
    await call('PATCH', `/tables/${table.id}/rows/${rows[0]?.id}`, {
      data: { n: 1, answer: 'a person wrote this' },
      version: row?.version,
    });

    const result = await call<RollbackResult>('POST', `/tables/${table.id}/runs/${runId}/rollback`);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ cellsRestored: 2, cellsSkipped: 1 });
    expect((await rowsOf(table.id)).map((r) => r.data.answer)).toEqual([
      'a person wrote this',
      'first',
      'first',
    ]);
    const history = await call<HistoryEntry[]>('GET', `/tables/${table.id}/rows/${rows[1]?.id}/history`);
    expect(history.body[0]).toMatchObject({ action: 'rollback', changedBy: `rollback of run ${runId}` });

    const again = await call<ErrorBody>('POST', `/tables/${table.id}/runs/${runId}/rollback`);
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('This run was rolled back already');
    const runs = await call<Run[]>('GET', `/tables/${table.id}/runs`);
    expect(runs.body.find((entry) => entry.id === runId)?.status).toBe('rolled_back');
    expect((await call('POST', `/tables/${table.id}/runs/not-a-run/rollback`)).status).toBe(404);
  });
});
