import { describe, expect, inject, it } from 'vitest';
import { call, createTable } from '../support/api.ts';
import { allRows, importDocument, text, uploaded } from '../support/io.ts';

/** A file as people have them: currency, "N/A" and impossible dates in typed columns. */
const messy = [
  'name,amount,due,units',
  'Acme,"$1,234.50",2024-02-18,3',
  'Globex,99.5,31/02/2024,N/A',
  'Initech,12,2024-03-01,7',
  'Umbrella,N/A,2024-03-02,',
].join('\n');

const typed = [
  { source: 'amount', name: 'amount', displayName: 'Amount', dataType: 'number' as const },
  { source: 'due', name: 'due', displayName: 'Due', dataType: 'date' as const },
  { source: 'units', name: 'units', displayName: 'Units', dataType: 'number' as const },
];

/** The import's errors CSV, split into lines (the byte-order mark removed, the last newline too). */
async function errorsCsv(importId: string) {
  const response = await fetch(`${inject('baseUrl')}/api/imports/${importId}/errors`);
  const body = text(new Uint8Array(await response.arrayBuffer()));
  return {
    response,
    lines: body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n'),
  };
}

describe('import: values that do not fit', () => {
  it('leaves the rows out by default and lists every refused value of them', async () => {
    const table = await createTable([
      { name: 'name', dataType: 'text' },
      { name: 'amount', dataType: 'number' },
      { name: 'due', dataType: 'date' },
      { name: 'units', dataType: 'number' },
    ]);
    const document = await uploaded('messy.csv', messy);
    const result = await importDocument(document.id, table.id);
    expect(result).toMatchObject({
      status: 'done',
      invalidValues: 'skip_row',
      rowsImported: 1,
      rowsSkipped: 3,
      errorCount: 4,
    });
    expect((await allRows(table.id)).map((row) => row.name)).toEqual(['Initech']);
    expect(result.errors[1]).toEqual({
      row: 2,
      line: 3,
      column: 'due',
      value: '31/02/2024',
      outcome: 'row_skipped',
      message: 'Column "due": "31/02/2024" is not a valid date',
    });
    const { lines } = await errorsCsv(result.importId);
    expect(lines).toEqual([
      'row,line,column,value,reason,outcome',
      '1,2,amount,"$1,234.50",not a valid number,row left out',
      '2,3,due,31/02/2024,not a valid date,row left out',
      '2,3,units,N/A,not a valid number,row left out',
      '4,5,amount,N/A,not a valid number,row left out',
    ]);
  });

  it('with empty_cell imports every row of a new table, the refused cells empty', async () => {
    const document = await uploaded('messy.csv', messy);
    const result = await importDocument(document.id, undefined, {
      columnMapping: typed,
      invalidValues: 'empty_cell',
    });
    expect(result).toMatchObject({
      status: 'done',
      invalidValues: 'empty_cell',
      rowsImported: 4,
      rowsSkipped: 0,
      errorCount: 4,
    });
    expect(result.errors.every((error) => error.outcome === 'cell_emptied')).toBe(true);
    expect(await allRows(result.tableId)).toEqual([
      { name: 'Acme', amount: null, due: '2024-02-18T00:00:00.000Z', units: 3 },
      { name: 'Globex', amount: 99.5, due: null, units: null },
      { name: 'Initech', amount: 12, due: '2024-03-01T00:00:00.000Z', units: 7 },
      { name: 'Umbrella', amount: null, due: '2024-03-02T00:00:00.000Z', units: null },
    ]);
    const { response, lines } = await errorsCsv(result.importId);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(lines[1]).toBe('1,2,amount,"$1,234.50",not a valid number,cell left empty');
    expect(lines).toHaveLength(5);
  });

  it('still leaves a row out when its refused value is in a required column', async () => {
    const table = await createTable([
      { name: 'name', dataType: 'text' },
      { name: 'amount', dataType: 'number', required: true },
    ]);
    const document = await uploaded('required.csv', 'name,amount\nA,N/A\nB,2\n');
    const result = await importDocument(document.id, table.id, { invalidValues: 'empty_cell' });
    expect(result).toMatchObject({ rowsImported: 1, rowsSkipped: 1, errorCount: 1 });
    expect(result.errors[0]).toMatchObject({ column: 'amount', outcome: 'row_skipped' });
  });

  it('stores every refused value, not only the 20 the record shows, across batches', async () => {
    // More refused rows than a batch holds, and not one row to import: the errors go in batches of their own.
    const lines = ['name,amount'];
    for (let i = 1; i <= 12_000; i++) lines.push(`row ${i},${i}€`);
    const document = await uploaded('bad.csv', lines.join('\n'));
    const result = await importDocument(document.id, undefined, {
      columnMapping: [{ source: 'amount', name: 'amount', displayName: 'Amount', dataType: 'number' }],
    });
    expect(result).toMatchObject({ rowsImported: 0, rowsSkipped: 12_000, errorCount: 12_000 });
    expect(result.errors).toHaveLength(20);
    const csv = (await errorsCsv(result.importId)).lines;
    expect(csv).toHaveLength(12_001);
    expect(csv[12_000]).toBe('12000,12001,amount,12000€,not a valid number,row left out');
    expect(new Set(csv.map((line) => line.split(',')[0])).size).toBe(12_001);
  });

  it("lists only the columns the import used, and answers 404 for an unknown import's errors", async () => {
    const document = await uploaded('messy.csv', messy);
    const result = await importDocument(document.id, undefined, {
      columnMapping: [{ source: 'units', name: 'units', displayName: 'Units', dataType: 'text', skip: true }],
    });
    expect(result.columns.map((column) => column.name)).toEqual(['name', 'amount', 'due']);
    expect(result.errorCount).toBe(0);
    expect((await errorsCsv(result.importId)).lines).toEqual(['row,line,column,value,reason,outcome']);
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await call('GET', `/imports/${missing}/errors`)).status).toBe(404);
  });
});
