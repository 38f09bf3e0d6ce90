import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call } from '../support/api.ts';
import { importFile, preview, upload, uploaded } from '../support/io.ts';

const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe('import: bad input gets a clear report and loses nothing', () => {
  it('reports a quoted field that never closes by its line and imports every other row', async () => {
    const csv = 'id,name,score\n1,Acme,5\n2,"Globex, Inc,3\n3,Initech,4\n4,"Hooli ""HQ""",2\n';
    const { result, rows } = await importFile('quotes.csv', csv);
    expect(rows.map((row) => row.name)).toEqual(['Acme', 'Initech', 'Hooli "HQ"']);
    expect(result).toMatchObject({ rowsImported: 3, rowsSkipped: 1 });
    expect(result.errors).toEqual([
      {
        row: 2,
        line: 3,
        outcome: 'row_skipped',
        message: 'A quoted field (line 3) is never closed; that line was left out: 2,"Globex, Inc,3',
      },
    ]);
  });

  it('keeps quotes inside unquoted fields as written, and quoted fields over several lines whole', async () => {
    const { rows } = await importFile(
      'inches.csv',
      'item,size\nscreen,27" wide\nlabel,"ok"x\nnote,"line one\r\nline two"\n',
    );
    expect(rows).toEqual([
      { item: 'screen', size: '27" wide' },
      { item: 'label', size: '"ok"x' },
      { item: 'note', size: 'line one\r\nline two' },
    ]);
  });

  it('pads short rows and gives the fields of long rows columns of their own', async () => {
    const { result, table, rows } = await importFile('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9,10\n');
    expect(table.columns.map((column) => column.name)).toEqual(['a', 'b', 'c', 'column_4', 'column_5']);
    expect(rows).toEqual([
      { a: 1, b: 2, c: 3, column_4: null, column_5: null },
      { a: 4, b: 5, c: null, column_4: null, column_5: null },
      { a: 6, b: 7, c: 8, column_4: 9, column_5: 10 },
    ]);
    expect(result.notes.join('\n')).toMatch(
      /1 row has more fields than the header; the extra fields go to new columns column_4, column_5/,
    );
    expect(result.notes.join('\n')).toMatch(/1 row has fewer fields than the header/);
  });

  it('removes a UTF-8 byte-order mark instead of gluing it to the first header', async () => {
    const { table, rows, result } = await importFile('bom.csv', '\uFEFFname,city\nZoë,Kraków\n');
    expect(table.columns.map((column) => column.name)).toEqual(['name', 'city']);
    expect(rows).toEqual([{ name: 'Zoë', city: 'Kraków' }]);
    expect(result.notes).toContain('A UTF-8 byte-order mark was removed');
  });

  it('reads Latin-1 / Windows-1252 text without replacement characters, and says so', async () => {
    const document = await uploaded(
      'latin1.csv',
      latin1('name,price\nCafé Crème,5\nNaïve,€\n'.replace('€', '\x80')),
    );
    expect(document).toMatchObject({
      encoding: 'windows-1252',
      notes: ['The text is not UTF-8; it is read as Windows-1252 (Latin-1)'],
    });
    const { rows } = await importFile('latin1.csv', latin1('name,note\nCafé Crème,\x80 5\nNaïve,ok\n'));
    expect(rows).toEqual([
      { name: 'Café Crème', note: '€ 5' },
      { name: 'Naïve', note: 'ok' },
    ]);
  });

  it('names empty headers by position and keeps repeated headers apart', async () => {
    const { table, rows, result } = await importFile('headers.csv', 'name,,Name,name\na,b,c,d\n');
    expect(table.columns.map((column) => column.name)).toEqual(['name', 'column_2', 'Name_2', 'name_3']);
    expect(rows).toEqual([{ name: 'a', column_2: 'b', Name_2: 'c', name_3: 'd' }]);
    expect(result.notes.join('\n')).toMatch(/Empty header names were named by position: column_2/);
    expect(result.notes.join('\n')).toMatch(/Repeated or reserved header names were given a suffix/);
  });

  it('keeps a 1 MB cell whole, and reports a cell over the 2 MiB limit with its row', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const { rows, result } = await importFile(
      'big-cell.csv',
      `id,body\n1,"${big}"\n2,"${'y'.repeat(3 * 1024 * 1024)}"\n3,short\n`,
    );
    expect(rows.map((row) => row.id)).toEqual([1, 3]);
    expect(String(rows[0]?.body).length).toBe(1024 * 1024);
    expect(result.errors).toEqual([
      {
        row: 2,
        line: 3,
        column: 'body',
        value: `${'y'.repeat(1000)}…`,
        outcome: 'row_skipped',
        message: 'Column "body": Text is longer than 2,097,152 characters',
      },
    ]);
  });

  it('reads an XLSX with dates, formulas and merged cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sales');
    sheet.addRow(['region', 'day', 'units', 'total']);
    sheet.addRow(['North', new Date(Date.UTC(2026, 3, 3)), 2, { formula: 'C2*10', result: 20 }]);
    sheet.addRow([null, new Date(Date.UTC(2026, 3, 4, 9, 30)), 3, { formula: 'C3*10', result: 30 }]);
    sheet.addRow([
      'South',
      new Date(Date.UTC(2026, 3, 5)),
      1,
      { formula: '1/0', result: { error: '#DIV/0!' } },
    ]);
    sheet.mergeCells('A2:A3');
    workbook.addWorksheet('Notes').addRow(['ignored']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const document = await uploaded('sales.xlsx', bytes);
    expect(document.type).toBe('xlsx');
    const shown = await preview(document.id);
    expect(shown.inferredColumns.map((column) => column.dataType)).toEqual([
      'text',
      'date',
      'number',
      'text',
    ]);
    const { rows, result } = await importFile('sales.xlsx', bytes, {
      columnMapping: [{ source: 'total', name: 'total', displayName: 'Total', dataType: 'text' }],
    });
    expect(rows).toEqual([
      { region: 'North', day: '2026-04-03T00:00:00.000Z', units: 2, total: '20' },
      { region: 'North', day: '2026-04-04T09:30:00.000Z', units: 3, total: '30' },
      { region: 'South', day: '2026-04-05T00:00:00.000Z', units: 1, total: '#DIV/0!' },
    ]);
    const notes = result.notes.join('\n');
    expect(notes).toMatch(/Merged cells \(A2:A3\): each cell of a merged range gets its value/);
    expect(notes).toMatch(/Formulas are imported as the values Excel last calculated/);
    expect(notes).toMatch(/Only the first sheet, "Sales", was read; the workbook has 2/);
  });

  it('reads a file by its content when the extension says otherwise, and refuses what it cannot read', async () => {
    const csvAsXlsx = await importFile('report.xlsx', 'a,b\n1,2\n');
    expect(csvAsXlsx.document.type).toBe('csv');
    expect(csvAsXlsx.document.notes).toContain(
      'The file is named .xlsx but its content is CSV; it is read as CSV',
    );
    expect(csvAsXlsx.rows).toEqual([{ a: 1, b: 2 }]);
    const jsonAsCsv = await importFile('data.csv', '[{"a": 1, "b": "x"}]');
    expect(jsonAsCsv.rows).toEqual([{ a: 1, b: 'x' }]);
    const cases: Array<[string, Uint8Array | string, RegExp]> = [
      ['photo.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /a PNG image/],
      ['paper.csv', '%PDF-1.7\n%âãÏÓ\n', /a PDF document/],
      ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /Excel 97-2003/],
      ['blob.csv', Uint8Array.from([1, 2, 0, 4, 5]), /binary, not text/],
      ['empty.csv', '', /empty/],
    ];
    for (const [name, content, reason] of cases) {
      const response = await upload(name, content);
      expect(response.status, name).toBe(400);
      expect(response.body.error).toBe(`Cannot import ${name}`);
      expect(response.body.details?.[0]?.message, name).toMatch(reason);
    }
    const zip = await uploaded('archive.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const notXlsx = await call<{ details: Array<{ message: string }> }>('POST', '/tables/import', {
      documentId: zip.id,
    });
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.details[0]?.message).toMatch(/^The file is not a readable XLSX workbook/);
  });

  it('imports a header without rows as empty columns, and says a file of blank lines holds nothing', async () => {
    const { table, result } = await importFile('header.csv', 'name,score\n');
    expect(table.columns.map((column) => column.name)).toEqual(['name', 'score']);
    expect(result).toMatchObject({ status: 'done', totalRows: 0, rowsImported: 0 });
    const blank = await uploaded('blank.csv', '\n\n  \n');
    const response = await call<{ error: string; details: Array<{ message: string }> }>(
      'POST',
      '/tables/import',
      {
        documentId: blank.id,
        preview: true,
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.details[0]?.message).toBe('The file holds no columns: no header row and no data');
  });

  it('reads TSV, semicolon CSV, NDJSON and JSON arrays, reporting the records that are broken', async () => {
    expect((await importFile('t.tsv', 'a\tb\n1\tx, y\n')).rows).toEqual([{ a: 1, b: 'x, y' }]);
    expect((await importFile('eu.csv', 'name;price\nTea;3\n')).rows).toEqual([{ name: 'Tea', price: 3 }]);
    const ndjson = await importFile(
      'events.ndjson',
      '{"kind":"a","n":1}\nnot json\n{"kind":"b","tags":["x","y"]}\n[1]\n',
    );
    expect(ndjson.rows).toEqual([
      { kind: 'a', n: 1, tags: null },
      { kind: 'b', n: null, tags: ['x', 'y'] },
    ]);
    expect(ndjson.table.columns.find((column) => column.name === 'tags')?.dataType).toBe('multiselect');
    expect(ndjson.result.errors.map((error) => [error.row, error.message.slice(0, 28)])).toEqual([
      [2, 'Line 2 is not valid JSON: Un'],
      [4, 'Line 4 is not a JSON object'],
    ]);
    const array = await importFile('list.json', '[{"a":1},{"a":"two"} , 3, {"a":{"nested":true}}]');
    expect(array.rows).toEqual([{ a: '1' }, { a: 'two' }, { a: '{"nested":true}' }]);
    expect(array.result.errors).toEqual([
      { row: 3, outcome: 'row_skipped', message: 'Element 3 is number, not an object' },
    ]);
    const cut = await importFile('cut.json', '[{"a":1},{"a":2},{"a":');
    expect(cut.rows).toEqual([{ a: 1 }, { a: 2 }]);
    expect(cut.result.errors[0]?.message).toMatch(/never closes: the file is cut short/);
  });
});
