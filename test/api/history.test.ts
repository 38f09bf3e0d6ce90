import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows, queryRows } from '../support/api.ts';

describe('history', () => {
  it('records every change of a row with its version and data, newest first', async () => {
    const table = await createTable([{ name: 'rating', dataType: 'number' }]);
    const [row] = await insertRows(table.id, [{ rating: 5 }]);
    const path = `/tables/${table.id}/rows/${row?.id}`;
    await call('PATCH', path, { data: { rating: 4 } });
    await call('PATCH', path, { data: { rating: 3 } });
    const history = await call<HistoryEntry[]>('GET', `${path}/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((entry) => [entry.action, entry.version, entry.data.rating])).toEqual([
      ['update', 3, 3],
      ['update', 2, 4],
      ['create', 1, 5],
    ]);
    const seqs = history.body.map((entry) => entry.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);

    const tableHistory = await call<HistoryEntry[]>('GET', `/tables/${table.id}/history?limit=2`);
    expect(tableHistory.body.map((entry) => entry.version)).toEqual([3, 2]);
    expect(tableHistory.body[0]).toMatchObject({ rowId: row?.id, tableId: table.id });
  });

  it('limits table history to 1-500 (default 100) and row history to 1-200 (default 50)', async () => {
    const table = await createTable([{ name: 'n', dataType: 'number' }]);
    const rows = await insertRows(
      table.id,
      Array.from({ length: 120 }, (_, n) => ({ n })),
    );
    expect((await call<HistoryEntry[]>('GET', `/tables/${table.id}/history`)).body).toHaveLength(100);
    expect((await call<HistoryEntry[]>('GET', `/tables/${table.id}/history?limit=500`)).body).toHaveLength(
      120,
    );
    expect((await call('GET', `/tables/${table.id}/history?limit=501`)).status).toBe(400);
    expect((await call('GET', `/tables/${table.id}/history?limit=0`)).status).toBe(400);
    const rowPath = `/tables/${table.id}/rows/${rows[0]?.id}/history`;
    expect((await call('GET', `${rowPath}?limit=201`)).status).toBe(400);
    for (let n = 0; n < 55; n++)
      await call('PATCH', `/tables/${table.id}/rows/${rows[0]?.id}`, { data: { n } });
    expect((await call<HistoryEntry[]>('GET', rowPath)).body).toHaveLength(50);
    expect((await call<HistoryEntry[]>('GET', `${rowPath}?limit=200`)).body).toHaveLength(56);
  });

  it('rolls a row back to an earlier entry, as a new version', async () => {
    const table = await createTable([
      { name: 'customer', dataType: 'text' },
      { name: 'rating', dataType: 'number' },
    ]);
    const [row] = await insertRows(table.id, [{ customer: 'Acme', rating: 5 }]);
    const path = `/tables/${table.id}/rows/${row?.id}`;
    await call('PATCH', path, { data: { customer: 'Acme Corp', rating: 1 } });
    const [, original] = (await call<HistoryEntry[]>('GET', `${path}/history`)).body;
    const rolled = await call<{ ok: true; row: Row }>('POST', `${path}/history`, {
      historyEntryId: original?.id,
    });
    expect(rolled.status).toBe(200);
    expect(rolled.body.ok).toBe(true);
    const current = (await call<Row>('GET', path)).body;
    expect(current.data).toEqual({ customer: 'Acme', rating: 5 });
    expect(current.version).toBe(3);
    const latest = (await call<HistoryEntry[]>('GET', `${path}/history`)).body[0];
    expect(latest).toMatchObject({ action: 'rollback', version: 3 });
  });

  it('restores a deleted row from its history', async () => {
    const table = await createTable([{ name: 'name', dataType: 'text' }]);
    const [row] = await insertRows(table.id, [{ name: 'Keep me' }]);
    await call('DELETE', `/tables/${table.id}/rows/${row?.id}`);
    const history = (await call<HistoryEntry[]>('GET', `/tables/${table.id}/rows/${row?.id}/history`)).body;
    expect(history.map((entry) => entry.action)).toEqual(['delete', 'create']);
    const restored = await call('POST', `/tables/${table.id}/rows/${row?.id}/history`, {
      historyEntryId: history[0]?.id,
    });
    expect(restored.status).toBe(200);
    const rows = await queryRows(table.id);
    expect(rows.body.map((r) => [r.id, r.data.name])).toEqual([[row?.id, 'Keep me']]);
    expect((await call<Table>('GET', `/tables/${table.id}`)).body.rowCount).toBe(1);
  });

  it('answers 400 without historyEntryId and 404 for entries of other rows or unknown ids', async () => {
    const table = await createTable([{ name: 'n', dataType: 'number' }]);
    const [a, b] = await insertRows(table.id, [{ n: 1 }, { n: 2 }]);
    const path = `/tables/${table.id}/rows/${a?.id}/history`;
    expect((await call('POST', path, {})).status).toBe(400);
    const otherEntry = (await call<HistoryEntry[]>('GET', `/tables/${table.id}/rows/${b?.id}/history`))
      .body[0];
    expect((await call('POST', path, { historyEntryId: otherEntry?.id })).status).toBe(404);
    const unknown = await call('POST', path, { historyEntryId: 'hist-9f8e-7d6c' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'History entry not found' });
    expect(
      (await call('GET', `/tables/${table.id}/rows/00000000-0000-7000-8000-000000000000/history`)).status,
    ).toBe(404);
  });
});
