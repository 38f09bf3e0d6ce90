import { describe, expect, it } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import type { ErrorBody } from '../../src/contract/errors.ts';
import { CLIENT_HEADER, type Run, type RunEstimate } from '../../src/contract/runs.ts';
import type { TableWithStatus } from '../../src/contract/tables.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';

describe('AI runs', () => {
  it('fill every cell of a column, typed, with status, counts, tokens and duration', async () => {
    const model = testModel('lifecycle');
    await fakeRules([
      { model, match: 'Acme', reply: { value: 'positive' }, delayMs: 150 },
      { model, match: 'Globex', reply: { value: 'Negative' }, delayMs: 150 },
    ]);
    const { table } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        aiColumn('sentiment', model, {
          prompt: 'How do people feel about {company}?',
          outputFormat: 'label',
          labels: ['Positive', 'Negative'],
        }),
      ],
      [{ company: 'Acme' }, { company: 'Globex' }],
    );
    const started = await run(table.id);
    expect(started.cellsQueued).toBe(2);
    const during = await call<TableWithStatus>('GET', `/tables/${table.id}`);
    expect(during.body.status.run_status).toBe('running');
    expect(during.body.status.num_cells_in_progress).toBe(2);

    const status = await idle(table.id);
    expect(status).toMatchObject({
      num_cells_completed: 2,
      num_cells_failed: 0,
      num_cells_in_progress: 0,
      num_rows: 2,
    });
    const rows = await rowsOf(table.id);
    expect(rows.map((row) => row.data.sentiment)).toEqual(['Positive', 'Negative']);
    expect(rows.map((row) => row.cells?.sentiment?.status)).toEqual(['done', 'done']);

    const runs = await call<Run[]>('GET', `/tables/${table.id}/runs`);
    expect(runs.body[0]).toMatchObject({
      id: started.runId,
      status: 'completed',
      cellsQueued: 2,
      cellsDone: 2,
      cellsFailed: 0,
      columns: ['sentiment'],
    });
    expect(runs.body[0]?.tokensIn).toBeGreaterThan(0);
    expect(runs.body[0]?.durationMs).toBeGreaterThanOrEqual(150);

    const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${rows[0]?.id}/cells/sentiment`);
    expect(detail.body).toMatchObject({
      status: 'done',
      value: 'Positive',
      provider: 'openai',
      model,
      attempts: 1,
      runId: started.runId,
    });
    expect(detail.body.prompt).toContain('How do people feel about "Acme"?');
    expect(detail.body.raw).toBe('{"value":"positive"}');
  });

  it('take only missing, failed or stale cells as asked, and only the rows chosen', async () => {
    const model = testModel('modes');
    const { table, rows } = await aiTable(
      [
        { name: 'n', dataType: 'number' },
        aiColumn('double', model, { prompt: 'Double {n}', outputFormat: 'number' }),
      ],
      [{ n: 1 }, { n: 2 }, { n: 3 }],
    );
    await fakeRules([
      { model, match: 'Double "3"', reply: { value: 'lots' }, times: 10 },
      { model, reply: { value: 10 } },
    ]);
    await run(table.id, { rowIds: [rows[0]?.id] });
    await idle(table.id);
    expect((await rowsOf(table.id)).map((row) => row.data.double)).toEqual([10, null, null]);
    expect(
      (await run(table.id, { mode: 'missing', filter: { column: 'n', operator: 'gte', value: 2 } }))
        .cellsQueued,
    ).toBe(2);
    await idle(table.id);
    const afterMissing = await rowsOf(table.id);
    expect(afterMissing.map((row) => row.cells?.double?.status)).toEqual(['done', 'done', 'failed']);
    expect(afterMissing[2]?.cells?.double?.error).toMatch(/"lots" is not a number/);

    expect((await run(table.id, { mode: 'failed' })).cellsQueued).toBe(1);
    await idle(table.id);
    expect((await run(table.id, { mode: 'stale' })).cellsQueued).toBe(0);
    await call('PATCH', `/tables/${table.id}/rows/${rows[0]?.id}`, { data: { n: 5 } });
    expect((await rowsOf(table.id))[0]?.cells?.double?.stale).toBe(true);
    expect((await run(table.id, { mode: 'stale' })).cellsQueued).toBe(1);
    await idle(table.id);
    expect((await run(table.id, { mode: 'all' })).cellsQueued).toBe(3);
    await idle(table.id);
  });

  it('answer 400 for a table without AI columns and for names that are not AI columns', async () => {
    const { table } = await aiTable([{ name: 'n', dataType: 'number' }], []);
    const none = await call<ErrorBody>('POST', `/tables/${table.id}/run`, {});
    expect(none.status).toBe(400);
    expect(none.body.error).toBe('This table has no AI columns to run');
    const wrong = await call<ErrorBody>('POST', `/tables/${table.id}/run`, { columns: ['n', 'nothing'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([
      { path: 'columns[0]', message: '"n" is not an AI column' },
      { path: 'columns[1]', message: 'Unknown column "nothing"' },
    ]);
    expect((await call('POST', `/tables/${table.id}/run`, { mode: 'sometimes' })).status).toBe(400);
    expect((await call('POST', '/tables/no-such-table/run', {})).status).toBe(404);
  });

  it('run columns that read other AI columns after them, row by row, and fail them when their input failed', async () => {
    const model = testModel('chain');
    await fakeRules([
      { model, match: 'Summarise "Broken', status: 401 },
      { model, match: 'Summarise', reply: { value: 'short' }, delayMs: 100 },
      { model, match: 'Translate "short"', reply: { value: 'court' } },
    ]);
    const { table } = await aiTable(
      [
        { name: 'text', dataType: 'text' },
        aiColumn('summary', model, { prompt: 'Summarise {text}' }),
        aiColumn('french', model, { prompt: 'Translate {summary} to French' }),
      ],
      [{ text: 'Long story' }, { text: 'Broken' }],
    );
    expect((await run(table.id)).cellsQueued).toBe(4);
    await idle(table.id);
    const rows = await rowsOf(table.id);
    expect(rows[0]?.data).toMatchObject({ summary: 'short', french: 'court' });
    expect(rows[1]?.cells?.summary?.error).toMatch(/refused the API key \(401\)/);
    expect(rows[1]?.cells?.french?.error).toMatch(/Its input \{summary\} failed/);
    const calls = await fakeCalls(model);
    const order = calls
      .filter((c) => c.prompt.includes('Long story') || c.prompt.includes('short'))
      .map((c) => c.prompt.split(' ')[0]);
    expect(order).toEqual(['Summarise', 'Translate']);
  });
});

describe('previewing an AI column', () => {
  it('answers for the first three rows without saving the column or any value', async () => {
    const model = testModel('preview');
    await fakeRules([
      { model, match: 'Ada', reply: { value: 'mathematician' } },
      { model, reply: { value: 'someone' } },
    ]);
    const { table } = await aiTable(
      [{ name: 'person', dataType: 'text' }],
      [{ person: 'Ada' }, { person: 'Bob' }, { person: 'Cy' }, { person: 'Di' }],
    );
    const preview = await call<Array<{ prompt: string; value: unknown; error: string | null }>>(
      'POST',
      `/tables/${table.id}/columns/preview`,
      { name: 'job', config: { prompt: 'What did {person} do?', model } },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.map((result) => result.value)).toEqual(['mathematician', 'someone', 'someone']);
    expect(preview.body[0]?.prompt).toContain('What did "Ada" do?');
    const bad = await call<ErrorBody>('POST', `/tables/${table.id}/columns/preview`, {
      config: { prompt: 'What did {nobody} do?' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details?.[0]).toEqual({
      path: 'config.prompt',
      message: 'Unknown column {nobody} in the prompt',
    });
    const after = await call<{ columns: unknown[] }>('GET', `/tables/${table.id}`);
    expect(after.body.columns).toHaveLength(1);
    expect(await fakeCalls(model)).toHaveLength(3);
  });
});

describe('who started a run', () => {
  it('is the app when the web app asks, the API otherwise', async () => {
    const model = testModel('origin');
    await fakeRules([{ model, reply: { value: 'ok' } }]);
    const { table } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'About {n}' })],
      [{ n: 1 }],
    );
    const fromApp = await call(
      'POST',
      `/tables/${table.id}/run`,
      { mode: 'all' },
      { [CLIENT_HEADER]: 'app' },
    );
    expect(fromApp.status).toBe(202);
    await idle(table.id);
    await run(table.id, { mode: 'all' });
    await idle(table.id);
    const runs = (await call<Run[]>('GET', `/tables/${table.id}/runs`)).body;
    expect(runs.map((entry) => entry.origin)).toEqual(['api', 'app']);
  });
});

describe('estimating a run', () => {
  it('counts the calls a rerun would make and the cells that would wait, without calling or queueing', async () => {
    const model = testModel('estimate');
    const { table } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Say something about {n}' })],
      [{ n: 1 }, { n: 2 }, { n: 3 }, {}],
    );
    const estimate = await call<RunEstimate>('POST', `/tables/${table.id}/run/estimate`, { mode: 'all' });
    expect(estimate.status).toBe(200);
    expect(estimate.body).toMatchObject({ calls: 3, cellsWaiting: 1, model, costUsd: null });
    expect(estimate.body.tokensIn).toBeGreaterThan(3 * 20);
    expect(estimate.body.tokensOut).toBeGreaterThan(0);
    expect(await fakeCalls(model)).toHaveLength(0);
    expect((await call<Run[]>('GET', `/tables/${table.id}/runs`)).body).toHaveLength(0);
    expect((await rowsOf(table.id)).map((row) => row.cells?.answer?.status)).toEqual([
      'created',
      'created',
      'created',
      'created',
    ]);
  });
});
