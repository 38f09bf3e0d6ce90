import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/contract/errors.ts';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { RollbackResult, Run } from '../../src/contract/runs.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';

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

  // The columns here turn the answer cache off: their reruns are meant to get new answers.
  it('rollback puts back the values a run replaced, skips cells a person changed since, and only once', async () => {
    const model = testModel('rollback');
    await fakeRules([
      { model, reply: { value: 'first' }, times: 3 },
      { model, reply: { value: 'second' } },
    ]);
    const { table, rows } = await aiTable(
      [
        { name: 'n', dataType: 'number' },
        aiColumn('answer', model, { prompt: 'Say something about {n}', cache: false }),
      ],
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

describe('rolling back a run after a later rerun was cancelled', () => {
  it('restores the cells the cancelled rerun never reached, and leaves those it answered', async () => {
    const model = testModel('rerun-cancel');
    const size = 60;
    await fakeRules([
      { model, reply: { value: 'first' }, times: size },
      { model, reply: { value: 'second' }, delayMs: 150 },
    ]);
    const { table } = await aiTable(
      [
        { name: 'n', dataType: 'number' },
        aiColumn('answer', model, { prompt: 'Say something about {n}', cache: false }),
      ],
      Array.from({ length: size }, (_, n) => ({ n })),
    );
    const first = await run(table.id);
    await idle(table.id);
    const rerun = await run(table.id, { mode: 'all' });
    await eventually(async () => {
      const rows = await rowsOf(table.id);
      return rows.filter((row) => row.data.answer === 'second').length >= 5 ? true : undefined;
    });
    await call<Run>('POST', `/tables/${table.id}/runs/${rerun.runId}/cancel`);
    await idle(table.id);
    const rerunAnswered = (await rowsOf(table.id)).filter((row) => row.data.answer === 'second').length;
    expect(rerunAnswered).toBeGreaterThan(0);
    expect(rerunAnswered).toBeLessThan(size);

    const result = await call<RollbackResult>('POST', `/tables/${table.id}/runs/${first.runId}/rollback`);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ cellsRestored: size - rerunAnswered, cellsSkipped: rerunAnswered });
    const after = await rowsOf(table.id);
    expect(after.filter((row) => row.data.answer === 'second')).toHaveLength(rerunAnswered);
    expect(after.filter((row) => row.data.answer === null)).toHaveLength(size - rerunAnswered);
    expect(after.some((row) => row.data.answer === 'first')).toBe(false);

    // Rolling back the cancelled rerun then hands its cells back to the first run's earlier state.
    const second = await call<RollbackResult>('POST', `/tables/${table.id}/runs/${rerun.runId}/rollback`);
    expect(second.body.cellsRestored).toBe(rerunAnswered);
    expect((await rowsOf(table.id)).filter((row) => row.data.answer === 'first')).toHaveLength(rerunAnswered);
  });
});
