import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import type { Run } from '../../src/contract/runs.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call, insertRows } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import { settle } from '../support/webhook-receiver.ts';

const summary = (model: string, config: Record<string, unknown> = {}) =>
  aiColumn('summary', model, { prompt: 'Summarise {feedback} from {customer}', ...config });
const COLUMNS = [
  { name: 'customer', dataType: 'text' as const },
  { name: 'feedback', dataType: 'text' as const },
];

/** Fills a row's inputs as a person would, at the version it has now. */
async function fill(tableId: string, rowId: string, data: Record<string, unknown>) {
  const [row] = (await rowsOf(tableId)).filter((candidate) => candidate.id === rowId);
  const response = await call<Row>('PATCH', `/tables/${tableId}/rows/${rowId}`, {
    data: { ...row?.data, ...data },
  });
  expect(response.status).toBe(200);
}

describe('cells with nothing to read wait for input', () => {
  it('a row_added trigger on an empty row costs no call; filling the input runs the cell once', async () => {
    const model = testModel('waiting-trigger');
    await fakeRules([{ model, reply: { value: 'A happy customer' } }]);
    const { table } = await aiTable([...COLUMNS, summary(model)], []);
    await call('POST', `/tables/${table.id}/triggers`, {
      name: 'Summarise new rows',
      triggerEvent: 'row_added',
      actionType: 'run_workflow',
      actionConfig: { columns: ['summary'] },
    });
    // "+ Add row": a row with nothing in it.
    const [added] = await insertRows(table.id, [{}]);
    const rowId = added?.id ?? '';
    const waiting = await eventually(async () => {
      const [row] = await rowsOf(table.id);
      return row?.cells?.summary?.status === 'waiting' ? row : undefined;
    });
    expect(waiting.data.summary).toBeNull();
    await settle(1_000);
    expect(await fakeCalls(model)).toHaveLength(0);
    const runs = (await call<Run[]>('GET', `/tables/${table.id}/runs`)).body;
    expect(runs[0]).toMatchObject({ origin: 'trigger', cellsQueued: 0, status: 'completed' });

    await fill(table.id, rowId, { feedback: 'Great support' });
    const done = await eventually(async () => {
      const [row] = await rowsOf(table.id);
      return row?.cells?.summary?.status === 'done' ? row : undefined;
    });
    expect(done.data.summary).toBe('A happy customer');
    expect(done.cells?.summary?.stale).toBeUndefined();
    await settle(1_000);
    expect(await fakeCalls(model)).toHaveLength(1);
    expect((await fakeCalls(model))[0]?.prompt).toContain('Great support');
  });

  it('a run leaves empty rows waiting and calls only for rows with something to read', async () => {
    const model = testModel('waiting-run');
    await fakeRules([{ model, reply: { value: 'noted' } }]);
    const { table } = await aiTable(
      [...COLUMNS, summary(model)],
      [{ customer: 'Acme', feedback: 'Fast' }, {}, { customer: 'Globex' }, { feedback: '' }],
    );
    const started = await run(table.id);
    expect(started).toMatchObject({ cellsQueued: 2, cellsWaiting: 2 });
    await idle(table.id);
    const rows = await rowsOf(table.id);
    expect(rows.map((row) => row.cells?.summary?.status)).toEqual(['done', 'waiting', 'done', 'waiting']);
    expect(await fakeCalls(model)).toHaveLength(2);
    const [record] = (await call<Run[]>('GET', `/tables/${table.id}/runs`)).body;
    expect(record).toMatchObject({ status: 'completed', cellsQueued: 2, cellsDone: 2 });

    // Running again asks nothing of the provider while the inputs stay empty.
    await run(table.id);
    await idle(table.id);
    expect(await fakeCalls(model)).toHaveLength(2);
  });

  it('an auto-run column waits on a new empty row and runs once when filled, even with a row_updated trigger', async () => {
    const model = testModel('waiting-auto');
    await fakeRules([{ model, reply: { value: 'filled' }, delayMs: 200 }]);
    const { table } = await aiTable([...COLUMNS, summary(model, { autoRun: true })], []);
    await call('POST', `/tables/${table.id}/triggers`, {
      name: 'Summarise on edit',
      triggerEvent: 'row_updated',
      actionType: 'run_workflow',
      actionConfig: { columns: ['summary'] },
    });
    const [added] = await insertRows(table.id, [{}]);
    expect(added?.cells?.summary?.status).toBe('waiting');
    await settle(500);
    expect(await fakeCalls(model)).toHaveLength(0);
    await fill(table.id, added?.id ?? '', { customer: 'Initech' });
    await eventually(async () => ((await rowsOf(table.id))[0]?.data.summary === 'filled' ? true : undefined));
    await idle(table.id);
    await settle(1_500);
    expect(await fakeCalls(model)).toHaveLength(1);
  });
});
