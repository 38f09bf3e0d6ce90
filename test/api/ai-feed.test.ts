import { describe, expect, it } from 'vitest';
import type { TableStatus } from '../../src/contract/cells.ts';
import type { Changes } from '../../src/contract/changes.ts';
import type { TableWithStatus } from '../../src/contract/tables.ts';
import { aiColumn, aiTable, fakeRules, idle, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';

describe('following a table as it changes', () => {
  it('the change feed returns only rows changed since a version, with their cells, and says when columns changed', async () => {
    const model = testModel('feed');
    await fakeRules([{ model, reply: { value: 'done' } }]);
    const { table, rows } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'About {n}' })],
      Array.from({ length: 20 }, (_, n) => ({ n })),
    );
    const before = (await call<TableWithStatus>('GET', `/tables/${table.id}`)).body.version;
    await run(table.id, { rowIds: [rows[3]?.id, rows[7]?.id] });
    const status = await idle(table.id);
    expect(status.version).toBeGreaterThan(before);
    const changes = await call<Changes>('GET', `/tables/${table.id}/changes?since=${before}`);
    expect(changes.body.version).toBe(status.version);
    expect(changes.body.rows.map((row) => row.id).sort()).toEqual([rows[3]?.id, rows[7]?.id].sort());
    expect(
      changes.body.rows.every((row) => row.cells?.answer?.status === 'done' && row.data.answer === 'done'),
    ).toBe(true);
    expect(changes.body).toMatchObject({
      columnsChanged: false,
      rowsAddedOrRemoved: false,
      truncated: false,
      deletedRowIds: [],
    });

    await call('DELETE', `/tables/${table.id}/rows/${rows[0]?.id}`);
    await call('POST', `/tables/${table.id}/columns`, {
      name: 'extra',
      displayName: 'Extra',
      dataType: 'text',
    });
    const later = await call<Changes>('GET', `/tables/${table.id}/changes?since=${status.version}`);
    expect(later.body).toMatchObject({
      deletedRowIds: [rows[0]?.id],
      columnsChanged: true,
      rowsAddedOrRemoved: true,
    });
    const none = await call<Changes>('GET', `/tables/${table.id}/changes?since=${later.body.version}`);
    expect(none.body.rows).toEqual([]);
    expect((await call('GET', `/tables/${table.id}/changes`)).status).toBe(400);
  });

  it('the status poll is small while a run goes, and counts cells as they move', async () => {
    const model = testModel('status');
    await fakeRules([{ model, reply: { value: 'x' }, delayMs: 200 }]);
    const { table } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'About {n}' })],
      Array.from({ length: 10 }, (_, n) => ({ n })),
    );
    await run(table.id);
    const response = await fetch(
      `${(await import('vitest')).inject('baseUrl')}/api/tables/${table.id}/status`,
    );
    const text = await response.text();
    expect(text.length).toBeLessThan(2048);
    const status = JSON.parse(text) as TableStatus;
    expect(status.run_status).toBe('running');
    expect(status.num_cells_queued + status.num_cells_running).toBeGreaterThan(0);
    expect((await idle(table.id)).num_cells_completed).toBe(10);
  });
});
