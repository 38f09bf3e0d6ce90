import { describe, expect, inject, it } from 'vitest';
import type { V1TableHeader, V1TableWithStatus } from '../../src/contract/v1/tables.ts';
import { conforms, curlExamples, openApiExamples, sendCurl } from '../support/extruct-docs.ts';
import { v1 } from '../support/v1.ts';

/** The suite's server has no token: the documents' header is sent as written, with any value. */
const variables = { EXTRUCT_API_TOKEN: 'any-token' };

describe('POST /v1/tables and GET /v1/tables/{table_id}, as the documents send them', () => {
  it("creates the curl example's company table, and gets it back with its status", async () => {
    const [create] = curlExamples('createTable');
    const created = await sendCurl(create!, inject('baseUrl'), variables);
    expect(created.status).toBe(200);
    expect(conforms('createTable', 'TableHeaderOutput', created.body)).toBe(true);
    const header = created.body as V1TableHeader;
    expect(header).toMatchObject({
      name: 'Company Research',
      kind: 'company',
      tags: null,
      description: null,
    });
    expect(header.columns.map((column) => column.config)).toContainEqual({
      kind: 'input',
      name: 'Company',
      key: 'input',
    });

    const [get] = curlExamples('getTable');
    const got = await sendCurl(get!, inject('baseUrl'), { ...variables, TABLE_ID: header.id });
    expect(got.status).toBe(200);
    expect(conforms('getTable', 'TableHeaderWithStatusOutput', got.body)).toBe(true);
    const { status, ...rest } = got.body as V1TableWithStatus;
    expect(rest).toEqual(header);
    expect(status).toMatchObject({ num_rows: 0, run_status: 'idle', num_cells_in_progress: 0 });
    expect(status.num_columns).toBe(status.num_input_columns + status.num_output_columns);
  });

  it('creates the OpenAPI example: a research_pro agent whose prompt reads {company_name} and {company_website}', async () => {
    for (const example of openApiExamples('createTable')) {
      expect(conforms('createTable', 'CreateTableInput-Input', example)).toBe(true);
      const created = await v1<V1TableHeader>('POST', '/tables', example);
      // Needs the company system columns (company_name, company_website) that company tables get.
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      expect(conforms('createTable', 'TableHeaderOutput', created.body)).toBe(true);
      const sent = (example as { column_configs: unknown[] }).column_configs[0];
      expect(created.body.columns.map((column) => column.config)).toContainEqual(sent);
      // A company table's system columns, which the prompt reads, come with it.
      expect(created.body.columns.map((column) => column.config.kind)).toEqual(
        expect.arrayContaining(['input', 'company_name', 'company_website', 'company_profile', 'agent']),
      );
    }
  });

  it('applies the documented defaults: "Untitled Table", kind company with its input and system columns', async () => {
    const created = await v1<V1TableHeader>('POST', '/tables', {});
    expect(created.status).toBe(200);
    expect(conforms('createTable', 'TableHeaderOutput', created.body)).toBe(true);
    expect(created.body).toMatchObject({ name: 'Untitled Table', kind: 'company' });
    expect(created.body.columns.map((column) => column.config)).toEqual([
      { kind: 'input', name: 'Company', key: 'input' },
      { kind: 'company_name', name: 'Company name', key: 'company_name' },
      { kind: 'company_website', name: 'Company website', key: 'company_website' },
      { kind: 'company_profile', name: 'Company profile', key: 'company_profile' },
    ]);
    expect(created.body.owner).toEqual({ id: expect.any(String), email: expect.any(String) });
    expect(created.body.child_relationships).toEqual([]);
    expect(created.body.parent_relationships).toEqual([]);
  });

  it('keeps description and tags, and counts input and output columns in the status', async () => {
    const created = await v1<V1TableHeader>('POST', '/tables', {
      name: 'Leads',
      description: 'Inbound leads',
      tags: ['sales', 'q3'],
      kind: 'generic',
      column_configs: [
        { kind: 'input', name: 'Company', key: 'company' },
        { kind: 'input', name: 'Note', key: 'note' },
        {
          kind: 'agent',
          name: 'Summary',
          key: 'summary',
          value: { agent_type: 'llm', prompt: 'Sum up {note}' },
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      description: 'Inbound leads',
      tags: ['sales', 'q3'],
      kind: 'generic',
    });
    const got = await v1<V1TableWithStatus>('GET', `/tables/${created.body.id}`);
    expect(conforms('getTable', 'TableHeaderWithStatusOutput', got.body)).toBe(true);
    expect(got.body.status).toEqual({
      num_rows: 0,
      num_output_columns: 1,
      num_input_columns: 2,
      num_cells_completed: 0,
      num_cells_in_progress: 0,
      num_columns: 3,
      run_status: 'idle',
    });
  });
});

describe('errors on /v1/tables', () => {
  const expect422 = async (body: unknown, loc: Array<string | number>, type?: string) => {
    const response = await v1<{ detail: Array<{ loc: unknown[]; type: string; msg: string }> }>(
      'POST',
      '/tables',
      body,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(conforms('createTable', 'HTTPValidationError', response.body)).toBe(true);
    const found = response.body.detail.find((item) => JSON.stringify(item.loc) === JSON.stringify(loc));
    expect(found, JSON.stringify(response.body)).toBeDefined();
    if (type) expect(found?.type).toBe(type);
    return found;
  };

  it('answers 422 with FastAPI detail items for a bad column_configs shape', async () => {
    await expect422(
      { column_configs: [{ kind: 'input', name: 'Company' }] },
      ['body', 'column_configs', 0, 'key'],
      'missing',
    );
    await expect422({ kind: 'companies' }, ['body', 'kind'], 'enum');
    await expect422({ column_configs: [{ kind: 'robot', name: 'R', key: 'r' }] }, [
      'body',
      'column_configs',
      0,
      'kind',
    ]);
    await expect422(
      { column_configs: [{ kind: 'agent', name: 'A', key: 'a', value: { agent_type: 'oracle' } }] },
      ['body', 'column_configs', 0, 'value', 'agent_type'],
      'enum',
    );
    await expect422({ column_configs: 'input' }, ['body', 'column_configs']);
    await expect422({ name: 42 }, ['body', 'name'], 'string_type');
  });

  it('answers 422 for a body that is not JSON, and for columns the engine cannot run, where they were sent', async () => {
    const response = await v1<{ detail: unknown[] }>('POST', '/tables', '{"name": ', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }]);
    const item = await expect422(
      {
        kind: 'generic',
        column_configs: [
          { kind: 'agent', name: 'A', key: 'a', value: { agent_type: 'llm', prompt: 'Rate {nowhere}' } },
        ],
      },
      ['body', 'column_configs', 0, 'value', 'prompt'],
    );
    expect(item?.msg).toMatch(/Unknown column \{nowhere\}/);
    await expect422(
      {
        kind: 'generic',
        column_configs: [
          { kind: 'input', name: 'A', key: 'a' },
          { kind: 'input', name: 'B', key: 'a' },
        ],
      },
      ['body', 'column_configs', 1, 'key'],
    );
    // On a company table too, whose system columns the server adds around the ones sent.
    await expect422(
      {
        column_configs: [
          { kind: 'agent', name: 'A', key: 'a', value: { agent_type: 'llm', prompt: 'Rate {company_name}' } },
          { kind: 'input', name: 'Company', key: 'input' },
          { kind: 'agent', name: 'B', key: 'b', value: { agent_type: 'llm', prompt: 'Rate {nowhere}' } },
        ],
      },
      ['body', 'column_configs', 2, 'value', 'prompt'],
    );
  });

  it('answers 413 { detail } for a body over the limit /api has too', async () => {
    const response = await v1('POST', '/tables', { name: 'Big', description: 'x'.repeat(11 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ detail: 'Request body is too large' });
  });

  it('answers 404 { detail } for a table that does not exist', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
      const response = await v1('GET', `/tables/${id}`);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ detail: 'Table not found' });
    }
  });

  it('accepts notify and creates num_rows empty rows, as current Extruct versions do', async () => {
    const created = await v1<V1TableHeader>('POST', '/tables', {
      kind: 'generic',
      notify: true,
      num_rows: 3,
      column_configs: [{ kind: 'input', name: 'Company', key: 'company' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const got = await v1<V1TableWithStatus>('GET', `/tables/${created.body.id}`);
    expect(got.body.status.num_rows).toBe(3);
  });
});
