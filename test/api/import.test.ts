import { describe, expect, it } from 'vitest';
import type { Changes } from '../../src/contract/changes.ts';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { ImportResult } from '../../src/contract/imports.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows } from '../support/api.ts';
import { allRows, importDocument, importFile, preview, uploaded } from '../support/io.ts';

const feedback = [
  'customer,rating,feedback,joined,site,vip',
  'Acme Corp,5,Excellent,2026-04-03,https://acme.example,yes',
  '"Globex, Inc",3,"Average, ""fine""",2026-04-04,,no',
  'Initech,4,Good support,,https://initech.example,',
].join('\n');

describe('import', () => {
  it('previews headers, the first rows, the row count and the columns typed from the data', async () => {
    const document = await uploaded('feedback.csv', feedback);
    expect(document).toMatchObject({
      name: 'feedback.csv',
      type: 'csv',
      encoding: 'utf-8',
      size: feedback.length,
    });
    const shown = await preview(document.id);
    expect(shown.headers).toEqual(['customer', 'rating', 'feedback', 'joined', 'site', 'vip']);
    expect(shown.totalRows).toBe(3);
    expect(shown.sampleRows[1]).toEqual({
      customer: 'Globex, Inc',
      rating: '3',
      feedback: 'Average, "fine"',
      joined: '2026-04-04',
      site: '',
      vip: 'no',
    });
    expect(shown.inferredColumns.map((column) => [column.name, column.dataType])).toEqual([
      ['customer', 'text'],
      ['rating', 'number'],
      ['feedback', 'text'],
      ['joined', 'date'],
      ['site', 'url'],
      ['vip', 'boolean'],
    ]);
    // A preview writes nothing.
    const tables = (await call<Table[]>('GET', '/tables?source=imported')).body;
    expect(tables.some((table) => table.name === 'feedback')).toBe(false);
  });

  it('creates a new table from a file with typed values, row history and an audit record', async () => {
    const { result, table, rows } = await importFile('Customer Feedback.csv', feedback);
    expect(result).toMatchObject({
      status: 'done',
      totalRows: 3,
      rowsImported: 3,
      rowsSkipped: 0,
      errors: [],
    });
    expect(table).toMatchObject({ name: 'Customer Feedback', source: 'imported', rowCount: 3 });
    expect(rows[0]).toEqual({
      customer: 'Acme Corp',
      rating: 5,
      feedback: 'Excellent',
      joined: '2026-04-03T00:00:00.000Z',
      site: 'https://acme.example',
      vip: true,
    });
    expect(rows[2]).toMatchObject({ joined: null, vip: null });
    const history = await call<HistoryEntry[]>('GET', `/tables/${table.id}/history?limit=10`);
    expect(history.body).toHaveLength(3);
    expect(history.body.every((entry) => entry.action === 'create' && entry.version === 1)).toBe(true);
    expect(history.body.map((entry) => entry.data.customer).sort()).toEqual([
      'Acme Corp',
      'Globex, Inc',
      'Initech',
    ]);
    const record = await call<ImportResult>('GET', `/imports/${result.importId}`);
    expect(record.body).toMatchObject({ status: 'done', rowsImported: 3, tableId: table.id });
  });

  it('imports into an existing table: columns matched by name (any case), missing ones added, types kept', async () => {
    const table = await createTable([
      { name: 'customer', displayName: 'Customer', dataType: 'text' },
      { name: 'rating', dataType: 'text' },
      { name: 'notes', dataType: 'text', defaultValue: 'none' },
    ]);
    await insertRows(table.id, [{ customer: 'Existing' }]);
    const document = await uploaded('more.csv', 'CUSTOMER,Rating,city\nHooli,4,Palo Alto\n');
    const shown = await preview(document.id, table.id);
    const before = (await call<Table>('GET', `/tables/${table.id}`)).body.version;
    expect(shown.inferredColumns).toMatchObject([
      { source: 'CUSTOMER', name: 'customer', dataType: 'text', existing: true },
      { source: 'Rating', name: 'rating', dataType: 'text', existing: true },
      { source: 'city', name: 'city', dataType: 'text' },
    ]);
    const result = await importDocument(document.id, table.id);
    expect(result.rowsImported).toBe(1);
    const after = (await call<Table>('GET', `/tables/${table.id}`)).body;
    expect(after.columns.map((column) => [column.name, column.dataType])).toEqual([
      ['customer', 'text'],
      ['rating', 'text'],
      ['notes', 'text'],
      ['city', 'text'],
    ]);
    expect(after.rowCount).toBe(2);
    // A grid following the table hears that its columns changed, and reloads them.
    const changes = await call<Changes>('GET', `/tables/${table.id}/changes?since=${before}`);
    expect(changes.body).toMatchObject({ columnsChanged: true, rowsAddedOrRemoved: true });
    expect(await allRows(table.id)).toEqual([
      { customer: 'Existing', rating: null, notes: 'none', city: null },
      { customer: 'Hooli', rating: '4', notes: 'none', city: 'Palo Alto' },
    ]);
  });

  it('follows the column mapping: renames, retypes and skips', async () => {
    const document = await uploaded('mapped.csv', feedback);
    const columnMapping = [
      { source: 'customer', name: 'company', displayName: 'Company', dataType: 'text' },
      { source: 'rating', name: 'rating', displayName: 'Rating', dataType: 'text' },
      { source: 'feedback', name: 'feedback', displayName: 'Feedback', dataType: 'text', skip: true },
    ];
    const shown = await preview(document.id, undefined, { columnMapping });
    expect(shown.inferredColumns.slice(0, 3)).toMatchObject([
      { name: 'company', displayName: 'Company', dataType: 'text' },
      { name: 'rating', dataType: 'text' },
      { name: 'feedback', skip: true },
    ]);
    const result = await importDocument(document.id, undefined, { columnMapping, name: 'Mapped' });
    const table = (await call<Table>('GET', `/tables/${result.tableId}`)).body;
    expect(table.columns.map((column) => [column.name, column.displayName, column.dataType])).toEqual([
      ['company', 'Company', 'text'],
      ['rating', 'Rating', 'text'],
      ['joined', 'joined', 'date'],
      ['site', 'site', 'url'],
      ['vip', 'vip', 'boolean'],
    ]);
    expect((await allRows(table.id))[0]).toMatchObject({ company: 'Acme Corp', rating: '5' });
    // The outcome lists the columns the import used; the skipped field is only in the preview.
    expect(result.columns.map((column) => column.name)).toEqual([
      'company',
      'rating',
      'joined',
      'site',
      'vip',
    ]);
  });

  it('refuses a mapping that names no header or sends two fields into one column, writing nothing', async () => {
    const document = await uploaded('bad-mapping.csv', feedback);
    const before = (await call<Table[]>('GET', '/tables')).body.length;
    for (const columnMapping of [
      [{ source: 'nope', name: 'x', displayName: 'X', dataType: 'text' }],
      [
        { source: 'customer', name: 'same', displayName: 'A', dataType: 'text' },
        { source: 'rating', name: 'same', displayName: 'B', dataType: 'text' },
      ],
      [{ source: 'rating', name: 'r', displayName: 'R', dataType: 'nonsense' }],
    ]) {
      const response = await call<{ error: string; details: Array<{ message: string }> }>(
        'POST',
        '/tables/import',
        {
          documentId: document.id,
          columnMapping,
        },
      );
      expect(response.status).toBe(400);
      expect(response.body.details[0]?.message).toBeTruthy();
    }
    expect((await call<Table[]>('GET', '/tables')).body.length).toBe(before);
  });

  it('leaves out rows whose values do not fit, reports the first 20 with row and reason, imports the rest', async () => {
    const lines = ['name,amount'];
    for (let i = 1; i <= 60; i++) lines.push(`row ${i},${i % 2 === 0 ? 'lots' : i}`);
    const document = await uploaded('amounts.csv', lines.join('\n'));
    const columnMapping = [{ source: 'amount', name: 'amount', displayName: 'Amount', dataType: 'number' }];
    const result = await importDocument(document.id, undefined, { columnMapping });
    expect(result).toMatchObject({ status: 'done', totalRows: 60, rowsImported: 30, rowsSkipped: 30 });
    expect(result.errors).toHaveLength(20);
    expect(result.errors[0]).toEqual({
      row: 2,
      line: 3,
      column: 'amount',
      value: 'lots',
      outcome: 'row_skipped',
      message: 'Column "amount": "lots" is not a valid number',
    });
    expect((await allRows(result.tableId)).map((row) => row.amount)).toEqual(
      Array.from({ length: 30 }, (_, i) => i * 2 + 1),
    );
  });

  it('runs in the background when asked, with progress to poll', async () => {
    const lines = ['n,label'];
    for (let i = 0; i < 12_000; i++) lines.push(`${i},item ${i}`);
    const document = await uploaded('big.csv', lines.join('\n'));
    const started = await call<ImportResult>('POST', '/tables/import', {
      documentId: document.id,
      async: true,
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', totalRows: 12_000 });
    let record = started.body;
    for (let i = 0; i < 200 && record.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      record = (await call<ImportResult>('GET', `/imports/${started.body.importId}`)).body;
      expect(record.rowsImported).toBeLessThanOrEqual(12_000);
    }
    expect(record).toMatchObject({ status: 'done', rowsImported: 12_000, rowsRead: 12_000 });
    expect((await call<Table>('GET', `/tables/${record.tableId}`)).body.rowCount).toBe(12_000);
  });

  it('answers 404 for unknown documents, tables and imports', async () => {
    const table = await createTable([{ name: 'a', dataType: 'text' }]);
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await call('POST', `/tables/${table.id}/import`, { documentId: missing })).status).toBe(404);
    const document = await uploaded('x.csv', 'a\n1\n');
    expect((await call('POST', `/tables/${missing}/import`, { documentId: document.id })).status).toBe(404);
    expect((await call('GET', `/imports/${missing}`)).status).toBe(404);
    expect((await call('GET', '/imports/not-a-uuid')).status).toBe(404);
    expect((await call('POST', '/tables/import', {})).status).toBe(400);
  });
});
