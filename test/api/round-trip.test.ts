import { describe, expect, it } from 'vitest';
import type { ColumnDef } from '../../src/contract/columns.ts';
import { createTable, insertRows } from '../support/api.ts';
import { allRows, download, importDocument, importFile, uploaded } from '../support/io.ts';

/** Types a file carries by its values alone, so a new table from the file gets them back. */
const inferable: ColumnDef[] = [
  { name: 'name', displayName: 'name', dataType: 'text' },
  { name: 'amount', displayName: 'amount', dataType: 'number' },
  { name: 'active', displayName: 'active', dataType: 'boolean' },
  { name: 'seen', displayName: 'seen', dataType: 'date' },
  { name: 'site', displayName: 'site', dataType: 'url' },
  { name: 'contact', displayName: 'contact', dataType: 'email' },
];
/** Types only the table knows: they come back when the file is imported into a table that has them. */
const tableOnly: ColumnDef[] = [
  { name: 'stage', displayName: 'stage', dataType: 'select', config: { options: ['new', 'won'] } },
  { name: 'tags', displayName: 'tags', dataType: 'multiselect', config: { options: ['x', 'y', 'z'] } },
];

const rows = [
  {
    name: 'Acme, "the" Corp\nsecond line',
    amount: -1234.5,
    active: true,
    seen: '2026-04-03T10:30:00.000Z',
    site: 'https://acme.example/a?b=1',
    contact: 'ceo@acme.example',
    stage: 'won',
    tags: ['x', 'z'],
  },
  {
    name: '=SUM(A1:A9)',
    amount: 0,
    active: false,
    seen: '2026-01-01T00:00:00.000Z',
    stage: 'new',
    tags: ['y'],
  },
  {
    name: '  spaced  Zoë 🚀 €',
    amount: 1e-7,
    active: null,
    seen: null,
    site: null,
    contact: null,
    stage: null,
    tags: [],
  },
  { name: '-starts with minus', amount: 12345678901 },
  { name: '@mention', amount: null },
];

const expected = (columns: ColumnDef[], format: string) =>
  rows.map((row) =>
    Object.fromEntries(
      columns.map((column) => {
        const value = (row as Record<string, unknown>)[column.name] ?? null;
        // CSV and XLSX write an empty list as an empty cell, which reads back as no value; JSON keeps [].
        return [column.name, Array.isArray(value) && value.length === 0 && format !== 'json' ? null : value];
      }),
    ),
  );

describe.each(['csv', 'json', 'xlsx'] as const)('round trip through %s', (format) => {
  it('export then import as a new table gives the same columns and rows', async () => {
    const source = await createTable(inferable, `Round trip ${format}`);
    await insertRows(
      source.id,
      rows.map((row) =>
        Object.fromEntries(inferable.map((c) => [c.name, (row as Record<string, unknown>)[c.name] ?? null])),
      ),
    );
    const file = await download(source.id, { format });
    const { table, rows: imported, result } = await importFile(`export.${format}`, file.bytes);
    expect(result).toMatchObject({ rowsImported: rows.length, rowsSkipped: 0, errors: [] });
    expect(table.columns.map(({ name, displayName, dataType }) => ({ name, displayName, dataType }))).toEqual(
      inferable.map(({ name, displayName, dataType }) => ({ name, displayName, dataType })),
    );
    expect(imported).toEqual(expected(inferable, format));
  });

  it('export then import into a table with the same columns gives the same rows, select and multiselect included', async () => {
    const columns = [...inferable, ...tableOnly];
    const source = await createTable(columns);
    await insertRows(source.id, rows);
    const file = await download(source.id, { format });
    const target = await createTable(columns);
    const document = await uploaded(`export.${format}`, file.bytes);
    const result = await importDocument(document.id, target.id);
    expect(result).toMatchObject({ rowsImported: rows.length, rowsSkipped: 0 });
    expect(await allRows(target.id)).toEqual(expected(columns, format));
  });
});
