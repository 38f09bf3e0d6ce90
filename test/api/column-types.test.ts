import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import { call, createTable, insertRows, queryRows } from '../support/api.ts';
import { download, importFile, text } from '../support/io.ts';

const columns = [
  { name: 'name', dataType: 'text' as const },
  { name: 'phone', dataType: 'phone' as const },
  { name: 'meta', dataType: 'json' as const },
];

const people = [
  { name: 'Acme', phone: '+1 555 123 4567', meta: { plan: 'pro', seats: 12 } },
  { name: 'Globex', phone: '(020) 7946 0958', meta: ['a', 'b, c'] },
  { name: 'Initech', phone: '555.987.6543', meta: 'just text' },
];

async function names(
  tableId: string,
  filters: unknown,
  sorts: unknown = [{ column: 'name', direction: 'asc' }],
) {
  const response = await queryRows<Row[]>(tableId, { filters, sorts });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.map((row) => row.data.name);
}

describe('phone and json columns', () => {
  it('store phone numbers as typed and any JSON as it is, and refuse what is neither', async () => {
    const table = await createTable(columns);
    const rows = await insertRows(table.id, people);
    expect(rows.map((row) => row.data)).toEqual(people);
    const bad = await call('POST', `/tables/${table.id}/rows`, { rows: [{ data: { phone: 'call me' } }] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('phone number');
  });

  it('filter and sort them', async () => {
    const table = await createTable(columns);
    await insertRows(table.id, people);
    expect(await names(table.id, [{ column: 'phone', operator: 'contains', value: '555' }])).toEqual([
      'Acme',
      'Initech',
    ]);
    expect(await names(table.id, [{ column: 'meta', operator: 'contains', value: 'pro' }])).toEqual(['Acme']);
    expect(await names(table.id, [{ column: 'meta', operator: 'is_not_empty' }])).toHaveLength(3);
    expect(await names(table.id, [], [{ column: 'phone', direction: 'asc' }])).toEqual([
      'Globex',
      'Acme',
      'Initech',
    ]);
  });

  it('import from a CSV whose columns read as them, and export JSON text that imports back', async () => {
    const csv =
      'name,phone,meta\nAcme,+1 555 123 4567,"{""plan"": ""pro""}"\nGlobex,(020) 7946 0958,"[1, 2]"\n';
    const { table, rows } = await importFile('contacts.csv', csv);
    expect(table.columns.map((column) => [column.name, column.dataType])).toEqual([
      ['name', 'text'],
      ['phone', 'phone'],
      ['meta', 'json'],
    ]);
    expect(rows).toEqual([
      { name: 'Acme', phone: '+1 555 123 4567', meta: { plan: 'pro' } },
      { name: 'Globex', phone: '(020) 7946 0958', meta: [1, 2] },
    ]);
    const exported = text((await download(table.id)).bytes);
    // A leading + could start a spreadsheet formula: the export quotes it, the import takes the quote off.
    expect(exported).toContain(`Acme,'+1 555 123 4567,"{""plan"": ""pro""}"`);
    const again = await importFile('again.csv', exported.replace('\uFEFF', ''));
    expect(again.rows).toEqual(rows);
  });
});

describe('image and images columns', () => {
  it('store addresses (never fetched), filter and sort them, and infer them from a file', async () => {
    const table = await createTable([
      { name: 'name', dataType: 'text' as const },
      { name: 'logo', dataType: 'image' as const },
      { name: 'photos', dataType: 'images' as const },
    ]);
    const data = [
      { name: 'Acme', logo: 'https://img.example/acme.png', photos: ['https://img.example/1.jpg'] },
      {
        name: 'Globex',
        logo: 'https://img.example/globex.png',
        photos: ['https://img.example/2.jpg', 'https://img.example/3.jpg'],
      },
    ];
    const rows = await insertRows(table.id, data);
    expect(rows.map((row) => row.data)).toEqual(data);
    const bad = await call('POST', `/tables/${table.id}/rows`, {
      rows: [{ data: { logo: 'javascript:alert(1)' } }],
    });
    expect(bad.status).toBe(400);
    expect(
      await names(table.id, [{ column: 'photos', operator: 'contains', value: 'https://img.example/3.jpg' }]),
    ).toEqual(['Globex']);
    expect(await names(table.id, [], [{ column: 'logo', direction: 'desc' }])).toEqual(['Globex', 'Acme']);
    const exported = text((await download(table.id)).bytes);
    expect(exported).toContain(
      'Globex,https://img.example/globex.png,"https://img.example/2.jpg, https://img.example/3.jpg"',
    );
    const again = await importFile('again.csv', exported.replace('\uFEFF', ''));
    expect(again.table.columns.map((column) => column.dataType)).toEqual(['text', 'image', 'images']);
    expect(again.rows).toEqual(data);
  });
});
