import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, createTable, insertRows } from '../support/api.ts';
import { download, importFile, text } from '../support/io.ts';

const columns = [
  { name: 'name', dataType: 'text' as const },
  { name: 'score', dataType: 'number' as const },
  { name: 'done', dataType: 'boolean' as const },
  { name: 'due', dataType: 'date' as const },
  { name: 'tags', dataType: 'multiselect' as const, config: { options: ['a', 'b'] } },
];

const formulas = ['=HYPERLINK("http://evil.example")', '+1+2', '-3+4', '@SUM(A1)', '\tindent', '\rreturn'];

async function sheetOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('export', () => {
  it('downloads CSV with a header of column names, typed values and an attachment name', async () => {
    const table = await createTable(columns, 'Q3 Report');
    await insertRows(table.id, [
      { name: 'Acme, "the" best', score: -4.5, done: true, due: '2026-04-03', tags: ['a', 'b'] },
      { name: 'Globex' },
    ]);
    const file = await download(table.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain('filename="Q3 Report.csv"');
    expect(text(file.bytes)).toBe(
      '\uFEFFname,score,done,due,tags\n"Acme, ""the"" best",-4.5,true,2026-04-03,"a, b"\nGlobex,,false,,\n'.replace(
        'Globex,,false,,',
        'Globex,,,,',
      ),
    );
  });

  it('neutralises text a spreadsheet would run as a formula, in CSV and XLSX, and keeps numbers as numbers', async () => {
    const table = await createTable(columns);
    await insertRows(table.id, [...formulas.map((name) => ({ name })), { name: 'plain', score: -3 }]);
    const csv = text((await download(table.id)).bytes).split('\n');
    expect(csv.slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://evil.example"")",,,,`,
      "'+1+2,,,,",
      "'-3+4,,,,",
      "'@SUM(A1),,,,",
    ]);
    expect(csv).toContain('plain,-3,,,');
    const sheet = await sheetOf((await download(table.id, { format: 'xlsx' })).bytes);
    const names = formulas.map((_, index) => sheet.getRow(index + 2).getCell(1));
    // XML reads a lone carriage return as a line feed: XLSX cannot keep one, the quote is there all the same.
    expect(names.map((cell) => cell.value)).toEqual(
      formulas.map((formula) => `'${formula.replace('\r', '\n')}`),
    );
    expect(names.every((cell) => cell.type === ExcelJS.ValueType.String)).toBe(true);
    expect(sheet.getRow(formulas.length + 2).getCell(2).value).toBe(-3);
  });

  it('exports dates given without a time as days, in CSV and as date-only XLSX cells; times are kept', async () => {
    const table = await createTable(columns);
    await insertRows(table.id, [
      { name: 'day', due: '2024-02-18' },
      { name: 'moment', due: '2024-02-18T10:30:00Z' },
      { name: 'leap', due: '2024-02-29T00:00:00.000Z' },
    ]);
    const csv = text((await download(table.id)).bytes).split('\n');
    expect(csv.slice(1, 4)).toEqual([
      'day,,,2024-02-18,',
      'moment,,,2024-02-18T10:30:00.000Z,',
      'leap,,,2024-02-29,',
    ]);
    const sheet = await sheetOf((await download(table.id, { format: 'xlsx' })).bytes);
    const due = [2, 3, 4].map((row) => sheet.getRow(row).getCell(4));
    expect(due.map((cell) => cell.type)).toEqual([
      ExcelJS.ValueType.Date,
      ExcelJS.ValueType.Date,
      ExcelJS.ValueType.Date,
    ]);
    expect(due.map((cell) => (cell.value as Date).toISOString())).toEqual([
      '2024-02-18T00:00:00.000Z',
      '2024-02-18T10:30:00.000Z',
      '2024-02-29T00:00:00.000Z',
    ]);
    expect(due.map((cell) => cell.numFmt)).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', 'yyyy-mm-dd']);
  });

  it('writes identifiers of a column without thousands separators with every digit, in CSV and XLSX', async () => {
    const table = await createTable([
      { name: 'order_no', dataType: 'number', config: { thousandsSeparator: false } },
      { name: 'amount', dataType: 'number' },
    ]);
    expect(table.columns[0]?.config).toEqual({ thousandsSeparator: false });
    await insertRows(table.id, [
      { order_no: 1234567890123456, amount: 12345678 },
      { order_no: 42, amount: 0.5 },
    ]);
    // PostgreSQL writes a double of 16 digits as 1.234567890123456e+15.
    expect(
      text((await download(table.id)).bytes)
        .split('\n')
        .slice(1, 3),
    ).toEqual(['1234567890123456,12345678', '42,0.5']);
    const sheet = await sheetOf((await download(table.id, { format: 'xlsx' })).bytes);
    const ids = [2, 3].map((row) => sheet.getRow(row).getCell(1));
    expect(ids.map((cell) => cell.value)).toEqual([1234567890123456, 42]);
    // Excel's General format would show 1.23457E+15.
    expect(ids.map((cell) => cell.numFmt)).toEqual(['0', '0']);
    expect(sheet.getRow(2).getCell(2).numFmt).toBeUndefined();
  });

  it("exports the grid's view: filters, sorts, search and visible columns, in their order", async () => {
    const table = await createTable(columns);
    await insertRows(table.id, [
      { name: 'c', score: 3 },
      { name: 'a', score: 1 },
      { name: 'b', score: 2 },
      { name: 'z', score: 9 },
    ]);
    const view = {
      format: 'json',
      filters: JSON.stringify([{ column: 'score', operator: 'lt', value: 5 }]),
      sorts: JSON.stringify([{ column: 'name', direction: 'desc' }]),
      columns: JSON.stringify(['score', 'name']),
    };
    const file = await download(table.id, view);
    expect(JSON.parse(text(file.bytes))).toEqual([
      { score: 3, name: 'c' },
      { score: 2, name: 'b' },
      { score: 1, name: 'a' },
    ]);
    expect(Object.keys(JSON.parse(text(file.bytes))[0])).toEqual(['score', 'name']);
    const searched = await download(table.id, { format: 'json', search: 'Z' });
    expect(JSON.parse(text(searched.bytes))).toEqual([
      { name: 'z', score: 9, done: null, due: null, tags: null },
    ]);
  });

  it('streams tables of many pages whole, sorted or not', async () => {
    const lines = ['n,label'];
    for (let i = 0; i < 12_345; i++) lines.push(`${i},item ${i}`);
    const { table } = await importFile('many.csv', lines.join('\n'));
    const all = text((await download(table.id)).bytes)
      .trim()
      .split('\n');
    expect(all).toHaveLength(12_346);
    expect(all[12_345]).toBe('12344,item 12344');
    const sorted = JSON.parse(
      text(
        (
          await download(table.id, {
            format: 'json',
            sorts: JSON.stringify([{ column: 'n', direction: 'desc' }]),
          })
        ).bytes,
      ),
    ) as Array<{ n: number }>;
    expect(sorted).toHaveLength(12_345);
    expect(sorted.slice(0, 2).map((row) => row.n)).toEqual([12_344, 12_343]);
    expect(sorted.every((row, index) => row.n === 12_344 - index)).toBe(true);
    const sheet = await sheetOf((await download(table.id, { format: 'xlsx' })).bytes);
    expect(sheet.actualRowCount).toBe(12_346);
  });

  it('refuses unknown columns, bad filters and formats before the download starts', async () => {
    const table = await createTable(columns);
    const bad: Array<Record<string, string>> = [
      { format: 'pdf' },
      { columns: JSON.stringify(['nope']) },
      { filters: JSON.stringify([{ column: 'score', operator: 'gt', value: 'many' }]) },
      { sorts: JSON.stringify([{ column: 'missing' }]) },
      { filters: '[oops' },
    ];
    for (const query of bad) {
      const response = await call<{ error: string }>(
        'GET',
        `/tables/${table.id}/export?${new URLSearchParams(query)}`,
      );
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.body.error).toBeTruthy();
    }
    expect((await call('GET', '/tables/01900000-0000-7000-8000-000000000000/export')).status).toBe(404);
  });
});
