import { describe, expect, it } from 'vitest';
import type { V1Row, V1TableData } from '../../src/contract/v1/rows.ts';
import type { V1TableHeader } from '../../src/contract/v1/tables.ts';
import { conforms } from '../support/extruct-docs.ts';
import { v1 } from '../support/v1.ts';

async function companyTable(): Promise<V1TableHeader> {
  const created = await v1<V1TableHeader>('POST', '/tables', {
    name: 'Companies',
    kind: 'generic',
    column_configs: [
      { kind: 'input', name: 'Company', key: 'input' },
      { kind: 'input', name: 'Owner', key: 'owner' },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
}

describe('/v1 table rows', () => {
  it('creates rows with metadata, answers each as RowDataOutputSchema, and gets one back', async () => {
    const table = await companyTable();
    const created = await v1<V1Row[]>('POST', `/tables/${table.id}/rows`, {
      rows: [
        { data: { input: 'stripe.com' }, metadata: { source: 'crm', rank: 1 } },
        { data: { input: 'acme.com' } },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    for (const row of created.body)
      expect(conforms('getTableData', 'RowDataOutputSchema-Output', row)).toBe(true);
    expect(created.body.map((row) => [row.data.input?.value, row.metadata])).toEqual([
      ['stripe.com', { source: 'crm', rank: 1 }],
      ['acme.com', null],
    ]);
    // The owner input was not given: an empty input is missing, and says so.
    expect(created.body[0]?.data.owner).toMatchObject({ value: null, status: 'created' });

    const got = await v1<V1Row>('GET', `/tables/${table.id}/rows/${created.body[0]?.id}`);
    expect(got.status).toBe(200);
    expect(conforms('getTableData', 'RowDataOutputSchema-Output', got.body)).toBe(true);
    // The company system columns may have answered in between: the row, its input and metadata are the same.
    expect(got.body).toMatchObject({
      id: created.body[0]?.id,
      created_at: created.body[0]?.created_at,
      metadata: { source: 'crm', rank: 1 },
      parent_row_id: null,
      data: { input: { value: 'stripe.com', status: 'done' }, owner: { value: null, status: 'created' } },
    });
  });

  it('updates the keys sent and keeps the others, then deletes rows by id', async () => {
    const table = await companyTable();
    const [row] = (
      await v1<V1Row[]>('POST', `/tables/${table.id}/rows`, {
        rows: [{ data: { input: 'stripe.com', owner: 'Ann' } }],
      })
    ).body;
    const updated = await v1<V1Row[]>('PATCH', `/tables/${table.id}/rows`, {
      rows: [{ id: row?.id, data: { owner: 'Bo' }, metadata: { checked: true } }],
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body[0]?.data.input?.value).toBe('stripe.com');
    expect(updated.body[0]?.data.owner?.value).toBe('Bo');
    expect(updated.body[0]?.metadata).toEqual({ checked: true });

    const deleted = await v1('DELETE', `/tables/${table.id}/rows`, { rows: [row?.id] });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ deleted: 1 });
    const data = await v1<V1TableData>('GET', `/tables/${table.id}/data`);
    expect(data.body.rows).toEqual([]);
    expect(data.body.status.num_rows).toBe(0);
    expect((await v1('GET', `/tables/${table.id}/rows/${row?.id}`)).status).toBe(404);
  });

  it('answers 422 for a bad rows shape or missing data, and 404 for an unknown table', async () => {
    const table = await companyTable();
    const cases: Array<[unknown, unknown[]]> = [
      [{}, ['body', 'rows']],
      [{ rows: [] }, ['body', 'rows']],
      [{ rows: [{ metadata: {} }] }, ['body', 'rows', 0, 'data']],
      [{ rows: [{ data: 'stripe.com' }] }, ['body', 'rows', 0, 'data']],
    ];
    for (const [body, loc] of cases) {
      const response = await v1<{ detail: Array<{ loc: unknown[] }> }>(
        'POST',
        `/tables/${table.id}/rows`,
        body,
      );
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(conforms('createTable', 'HTTPValidationError', response.body)).toBe(true);
      expect(response.body.detail[0]?.loc).toEqual(loc);
    }
    const unknownColumn = await v1<{ detail: Array<{ loc: unknown[] }> }>(
      'POST',
      `/tables/${table.id}/rows`,
      {
        rows: [{ data: { nope: 1 } }],
      },
    );
    expect(unknownColumn.status).toBe(422);
    const missing = await v1('POST', '/tables/00000000-0000-0000-0000-000000000000/rows', {
      rows: [{ data: { input: 'x.com' } }],
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: 'Table not found' });
  });
});
