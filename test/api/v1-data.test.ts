import { describe, expect, inject, it } from 'vitest';
import type { V1Row, V1TableData } from '../../src/contract/v1/rows.ts';
import type { V1TableHeader } from '../../src/contract/v1/tables.ts';
import { conforms, curlExamples, sendCurl } from '../support/extruct-docs.ts';
import { v1 } from '../support/v1.ts';

const variables = { EXTRUCT_API_TOKEN: 'any-token' };

async function tableWithRows(count: number): Promise<V1TableHeader> {
  const created = await v1<V1TableHeader>('POST', '/tables', {
    name: 'Paged',
    kind: 'generic',
    column_configs: [
      { kind: 'input', name: 'Company', key: 'company' },
      { kind: 'agent', name: 'Pitch', key: 'pitch', value: { agent_type: 'llm', prompt: 'Pitch {company}' } },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  if (count > 0) {
    const rows = Array.from({ length: count }, (_, index) => ({ data: { company: `Company ${index}` } }));
    const inserted = await v1('POST', `/tables/${created.body.id}/rows`, { rows });
    expect(inserted.status, JSON.stringify(inserted.body)).toBe(200);
  }
  return created.body;
}

describe('GET /v1/tables/{table_id}/data', () => {
  it('answers the curl example with the header, its status and rows of cells, as TableDataOutput', async () => {
    const table = await tableWithRows(3);
    const [example] = curlExamples('getTableData');
    const response = await sendCurl(example!, inject('baseUrl'), { ...variables, TABLE_ID: table.id });
    expect(response.status).toBe(200);
    expect(conforms('getTableData', 'TableDataOutput', response.body)).toBe(true);
    const data = response.body as V1TableData;
    expect(data.status).toMatchObject({
      num_rows: 3,
      num_input_columns: 1,
      num_output_columns: 1,
      run_status: 'idle',
    });
    expect(data.rows.map((row) => row.data.company?.value)).toEqual(['Company 0', 'Company 1', 'Company 2']);
    for (const row of data.rows) {
      expect(row.data.company).toMatchObject({ status: 'done', updated_at: expect.any(String) });
      // Never run: the AI cell exists, created, with no value yet.
      expect(row.data.pitch).toMatchObject({ value: null, status: 'created' });
      expect(row).toMatchObject({
        parent_row_id: null,
        company_profile_id: null,
        metadata: null,
        parent_data: null,
      });
    }
  });

  it('pages with offset and limit until a page is shorter than limit; without limit it answers every row', async () => {
    const table = await tableWithRows(7);
    const seen: string[] = [];
    for (let offset = 0; ; offset += 3) {
      const page = await v1<V1TableData>('GET', `/tables/${table.id}/data?offset=${offset}&limit=3`);
      expect(page.status).toBe(200);
      expect(conforms('getTableData', 'TableDataOutput', page.body)).toBe(true);
      seen.push(...page.body.rows.map((row: V1Row) => String(row.data.company?.value)));
      if (page.body.rows.length < 3) break;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, index) => `Company ${index}`));
    const all = await v1<V1TableData>('GET', `/tables/${table.id}/data`);
    expect(all.body.rows).toHaveLength(7);
    const past = await v1<V1TableData>('GET', `/tables/${table.id}/data?offset=50&limit=10`);
    expect(past.body.rows).toEqual([]);
  });

  it('answers 422 for a bad offset or limit, and 404 for an unknown table', async () => {
    const table = await tableWithRows(0);
    for (const [query, loc] of [
      ['limit=0', 'limit'],
      ['limit=ten', 'limit'],
      ['offset=-1', 'offset'],
      ['limit=100000', 'limit'],
    ] as const) {
      const response = await v1<{ detail: Array<{ loc: unknown[] }> }>(
        'GET',
        `/tables/${table.id}/data?${query}`,
      );
      expect(response.status, query).toBe(422);
      expect(conforms('getTableData', 'HTTPValidationError', response.body)).toBe(true);
      expect(response.body.detail[0]?.loc).toEqual(['query', loc]);
    }
    const missing = await v1('GET', '/tables/00000000-0000-0000-0000-000000000000/data');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: 'Table not found' });
  });

  it('streams every row without limit, across the server pages, from any offset', {
    timeout: 60_000,
  }, async () => {
    const table = await tableWithRows(0);
    for (let batch = 0; batch < 3; batch++) {
      const rows = Array.from({ length: 700 }, (_, index) => ({
        data: { company: `Company ${batch * 700 + index}` },
      }));
      expect((await v1('POST', `/tables/${table.id}/rows`, { rows })).status).toBe(200);
    }
    const all = await v1<V1TableData>('GET', `/tables/${table.id}/data`);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toMatch(/application\/json/);
    expect(conforms('getTableData', 'TableDataOutput', all.body)).toBe(true);
    expect(all.body.rows.map((row) => row.data.company?.value)).toEqual(
      Array.from({ length: 2100 }, (_, index) => `Company ${index}`),
    );
    expect(all.body.status.num_rows).toBe(2100);
    const rest = await v1<V1TableData>('GET', `/tables/${table.id}/data?offset=2095`);
    expect(rest.body.rows.map((row) => row.data.company?.value)).toEqual(
      [2095, 2096, 2097, 2098, 2099].map((index) => `Company ${index}`),
    );
  });
});
