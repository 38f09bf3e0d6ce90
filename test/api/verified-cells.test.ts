import { describe, expect, it } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { VerifiedCells } from '../../src/contract/verified.ts';
import { aiColumn, aiTable, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';

const cellPath = (tableId: string, rowId: string, column: string) =>
  `/tables/${tableId}/rows/${rowId}/cells/${column}`;

describe('verified cells', () => {
  it('confirmed, corrected and typed-over answers survive reruns and are listed per column; removing the mark frees them', async () => {
    const model = testModel('verify');
    await fakeRules([{ model, reply: { value: 'From the model' }, times: 4 }]);
    const { table, rows } = await aiTable(
      [{ name: 'city', dataType: 'text' }, aiColumn('country', model, { prompt: 'Country of {city}' })],
      [{ city: 'Paris' }, { city: 'Lyon' }, { city: 'Oslo' }, { city: 'Rome' }],
    );
    const [paris, lyon, oslo, rome] = rows.map((row) => row.id);
    await run(table.id);
    await idle(table.id);

    const confirmed = await call<CellDetail>('POST', `${cellPath(table.id, paris!, 'country')}/verify`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ locked: true, verified: { value: 'From the model', by: 'api' } });
    const corrected = await call<CellDetail>('POST', `${cellPath(table.id, lyon!, 'country')}/verify`, {
      value: 'France',
      by: 'ana@example.com',
    });
    expect(corrected.body).toMatchObject({
      value: 'France',
      verified: { value: 'France', by: 'ana@example.com' },
    });
    // Typing over an answer, as the grid does, is a correction.
    const current = (await rowsOf(table.id)).find((row) => row.id === oslo);
    const typed = await call<Row>('PATCH', `/tables/${table.id}/rows/${oslo}`, {
      data: { city: 'Oslo', country: 'Norway' },
      version: current?.version,
    });
    expect(typed.body.cells?.country).toMatchObject({ locked: true, verified: true });

    // A rerun of everything keeps the three people's answers.
    await fakeRules([{ model, reply: { value: 'Rerun answer' } }]);
    const rerun = await run(table.id, { mode: 'all' });
    expect(rerun.cellsQueued).toBe(1);
    await idle(table.id);
    const after = Object.fromEntries(
      (await rowsOf(table.id)).map((row) => [row.data.city, row.data.country]),
    );
    expect(after).toEqual({ Paris: 'From the model', Lyon: 'France', Oslo: 'Norway', Rome: 'Rerun answer' });

    const listed = await call<VerifiedCells>('GET', `/tables/${table.id}/columns/country/verified`);
    expect(listed.body).toMatchObject({ total: 3, learning: true, examplesPerCall: 3 });
    expect(listed.body.cells.map((cell) => [cell.inputs.city, cell.value])).toEqual([
      ['Oslo', 'Norway'],
      ['Lyon', 'France'],
      ['Paris', 'From the model'],
    ]);

    const removed = await call<CellDetail>('DELETE', `${cellPath(table.id, paris!, 'country')}/verify`);
    expect(removed.body).toMatchObject({ verified: null, locked: false });
    expect((await run(table.id, { mode: 'all' })).cellsQueued).toBe(2);
    await idle(table.id);
    const final = await call<VerifiedCells>('GET', `/tables/${table.id}/columns/country/verified`);
    expect(final.body.total).toBe(2);
    expect((await rowsOf(table.id)).find((row) => row.id === rome)?.cells?.country?.verified).toBeUndefined();
  });

  it('rolling back the run that wrote a confirmed answer leaves it; an overwrite rerun replaces it and drops the mark', async () => {
    const model = testModel('verify-rollback');
    await fakeRules([
      { model, reply: { value: 'First' }, times: 2 },
      { model, reply: { value: 'Second' } },
    ]);
    const { table, rows } = await aiTable(
      [
        { name: 'city', dataType: 'text' },
        // No answer cache: the overwrite rerun asks the same question and means to get a new answer.
        aiColumn('country', model, { prompt: 'Country of {city}', cache: false }),
      ],
      [{ city: 'Paris' }, { city: 'Lyon' }],
    );
    const [paris, lyon] = rows.map((row) => row.id as string);
    const first = await run(table.id);
    await idle(table.id);
    await call('POST', `${cellPath(table.id, paris as string, 'country')}/verify`);
    const rolled = await call('POST', `/tables/${table.id}/runs/${first.runId}/rollback`);
    expect(rolled.status).toBe(200);
    const afterRollback = await rowsOf(table.id);
    expect(afterRollback.map((row) => [row.id, row.data.country])).toEqual([
      [paris, 'First'],
      [lyon, null],
    ]);

    expect((await run(table.id, { mode: 'all', overwrite: true, rowIds: [paris] })).cellsQueued).toBe(1);
    await idle(table.id);
    const [rerun] = await rowsOf(table.id);
    expect([rerun?.data.country, rerun?.cells?.country?.verified]).toEqual(['Second', undefined]);
    const listed = await call<VerifiedCells>('GET', `/tables/${table.id}/columns/country/verified`);
    expect(listed.body.total).toBe(0);
  });

  it('refuses what cannot be verified: an empty cell, an empty correction, a data column', async () => {
    const model = testModel('verify-refuse');
    const { table, rows } = await aiTable(
      [{ name: 'city', dataType: 'text' }, aiColumn('country', model, { prompt: 'Country of {city}' })],
      [{ city: 'Paris' }],
    );
    const rowId = rows[0]?.id as string;
    const empty = await call<{ error: string }>('POST', `${cellPath(table.id, rowId, 'country')}/verify`);
    expect([empty.status, empty.body.error]).toEqual([400, 'Nothing to confirm: the cell is empty']);
    const blank = await call('POST', `${cellPath(table.id, rowId, 'country')}/verify`, { value: '' });
    expect(blank.status).toBe(400);
    const data = await call('POST', `${cellPath(table.id, rowId, 'city')}/verify`);
    expect(data.status).toBe(400);
    const unknown = await call('POST', `${cellPath(table.id, rowId, 'nope')}/verify`);
    expect(unknown.status).toBe(404);
  });
});
