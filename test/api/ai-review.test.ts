import { describe, expect, it } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { Row } from '../../src/contract/rows.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';

describe('people and the AI working on the same rows', () => {
  it('a person’s edit of an AI cell stands and locks it; reruns skip it unless told to overwrite; it can be unlocked', async () => {
    const model = testModel('lock');
    await fakeRules([{ model, reply: { value: 'From the model' } }]);
    const { table, rows } = await aiTable(
      [{ name: 'topic', dataType: 'text' }, aiColumn('summary', model, { prompt: 'Summarise {topic}' })],
      [{ topic: 'Tides' }],
    );
    const rowId = rows[0]?.id;
    await run(table.id);
    await idle(table.id);
    const [filled] = await rowsOf(table.id);
    const edited = await call<Row>('PATCH', `/tables/${table.id}/rows/${rowId}`, {
      data: { topic: 'Tides', summary: 'Written by a person' },
      version: filled?.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.cells?.summary).toMatchObject({ status: 'done', locked: true });

    expect((await run(table.id, { mode: 'all' })).cellsQueued).toBe(0);
    expect((await rowsOf(table.id))[0]?.data.summary).toBe('Written by a person');

    const unlocked = await call<CellDetail>('POST', `/tables/${table.id}/rows/${rowId}/cells/summary/unlock`);
    expect(unlocked.body).toMatchObject({ locked: false, value: 'Written by a person' });
    await call('PATCH', `/tables/${table.id}/rows/${rowId}`, {
      data: { topic: 'Tides', summary: 'Mine again' },
    });
    expect((await run(table.id, { mode: 'all', overwrite: true })).cellsQueued).toBe(1);
    await idle(table.id);
    expect((await rowsOf(table.id))[0]?.data.summary).toBe('From the model');
  });

  it('an edit made while a run fills the row merges instead of answering 409; the same field both changed conflicts', async () => {
    const model = testModel('merge');
    await fakeRules([{ model, reply: { value: 'Positive' }, delayMs: 300 }]);
    const { table, rows } = await aiTable(
      [
        { name: 'feedback', dataType: 'text' },
        { name: 'owner', dataType: 'text' },
        aiColumn('sentiment', model, { prompt: 'Rate {feedback}' }),
      ],
      Array.from({ length: 5 }, (_, i) => ({ feedback: `Great ${i}`, owner: null })),
    );
    await run(table.id);
    // People assign owners while the answers arrive, each with the version they read before the run.
    const edits = await Promise.all(
      rows.map((row, i) =>
        new Promise((resolve) => setTimeout(resolve, i * 80)).then(() =>
          call<Row>('PATCH', `/tables/${table.id}/rows/${row.id}`, {
            data: { ...row.data, owner: `person ${i}` },
            version: row.version,
          }),
        ),
      ),
    );
    expect(edits.map((edit) => edit.status)).toEqual([200, 200, 200, 200, 200]);
    await idle(table.id);
    const after = await rowsOf(table.id);
    expect(after.map((row) => [row.data.owner, row.data.sentiment])).toEqual(
      rows.map((_, i) => [`person ${i}`, 'Positive']),
    );

    // Now a stale write to the AI field itself: it was changed by the run since that version.
    const first = rows[0] as Row;
    const clash = await call<{ conflicts: string[]; current: Row }>(
      'PATCH',
      `/tables/${table.id}/rows/${first.id}`,
      {
        data: { ...first.data, sentiment: 'Negative' },
        version: first.version,
      },
    );
    expect(clash.status).toBe(409);
    expect(clash.body.conflicts).toEqual(['sentiment']);
    expect(clash.body.current.data.sentiment).toBe('Positive');
  });

  it('editing an input marks the AI cells reading it stale, through other AI columns', async () => {
    const model = testModel('stale');
    const { table, rows } = await aiTable(
      [
        { name: 'text', dataType: 'text' },
        { name: 'lang', dataType: 'text' },
        aiColumn('summary', model, { prompt: 'Summarise {text}' }),
        aiColumn('translated', model, { prompt: 'Translate {summary} to {lang}' }),
        aiColumn('title', model, { prompt: 'Title for {lang}' }),
      ],
      [{ text: 'A story', lang: 'French' }],
    );
    await run(table.id);
    await idle(table.id);
    const [row] = await rowsOf(table.id);
    await call('PATCH', `/tables/${table.id}/rows/${rows[0]?.id}`, {
      data: { ...row?.data, text: 'Another story' },
      version: row?.version,
    });
    const cells = (await rowsOf(table.id))[0]?.cells;
    expect([cells?.summary?.stale, cells?.translated?.stale, cells?.title?.stale]).toEqual([
      true,
      true,
      undefined,
    ]);
    const history = await call<HistoryEntry[]>('GET', `/tables/${table.id}/rows/${rows[0]?.id}/history`);
    // Newest first: the edit, the AI's writes (the two first columns may land in one write or two,
    // the column reading another after them), then the row's creation.
    const actions = history.body.map((entry) => entry.action);
    expect([actions[0], actions.at(-1)]).toEqual(['update', 'create']);
    expect(actions.slice(1, -1)).toEqual(actions.length === 4 ? ['ai', 'ai'] : ['ai', 'ai', 'ai']);
  });

  it('an auto-run column fills new rows and rows whose inputs change, by itself', async () => {
    const model = testModel('auto');
    const { table } = await aiTable(
      [
        { name: 'city', dataType: 'text' },
        aiColumn('country', model, { prompt: 'Country of {city}', autoRun: true }),
      ],
      [],
    );
    await fakeRules([
      { model, match: 'Paris', reply: { value: 'France' } },
      { model, match: 'Lyon', reply: { value: 'France too' } },
    ]);
    const [inserted] = (
      await call<Row[]>('POST', `/tables/${table.id}/rows`, { rows: [{ data: { city: 'Paris' } }] })
    ).body;
    expect(inserted?.cells?.country?.status).toBe('requested');
    await eventually(async () => ((await rowsOf(table.id))[0]?.data.country === 'France' ? true : undefined));
    const [row] = await rowsOf(table.id);
    await call('PATCH', `/tables/${table.id}/rows/${row?.id}`, {
      data: { city: 'Lyon' },
      version: row?.version,
    });
    await eventually(async () =>
      (await rowsOf(table.id))[0]?.data.country === 'France too' ? true : undefined,
    );
    expect((await rowsOf(table.id))[0]?.cells?.country).toMatchObject({ status: 'done' });
    expect((await fakeCalls(model)).map((c) => c.prompt.split('\n')[0])).toEqual([
      'Country of "Paris"',
      'Country of "Lyon"',
    ]);
  });
});
