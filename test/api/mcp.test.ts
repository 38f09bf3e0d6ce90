import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { CellDetail, TableStatus } from '../../src/contract/cells.ts';
import type { ExtractTable } from '../../src/contract/extract.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Run, RunStarted } from '../../src/contract/runs.ts';
import { fakeCalls, testModel } from '../support/ai.ts';
import { createTable, insertRows } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';

/** An MCP client of the SDK's own, connected to a server's /mcp. */
async function connect(baseUrl: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'ai-tables-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL('/mcp', baseUrl), { requestInit: { headers } }),
  );
  return client;
}

/** Calls a tool and reads its JSON answer; a tool error fails the test with the error's text. */
async function callJson<T>(client: Client, name: string, args: Record<string, unknown>): Promise<T> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
  if (result.isError) throw new Error(`${name} failed: ${text}`);
  return JSON.parse(text) as T;
}

describe('the MCP server at /mcp', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect(inject('baseUrl'));
  });
  afterAll(async () => {
    await client?.close();
  });

  it('lists the tools an agent needs, and each table schema as a resource', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'add_ai_column',
      'add_rows',
      'describe_table',
      'extract_table',
      'get_cell',
      'get_extraction',
      'get_run_status',
      'list_tables',
      'query_rows',
      'run_columns',
      'update_rows',
    ]);
    const table = await createTable([{ name: 'city', dataType: 'text' }], 'MCP resources');
    const { resources } = await client.listResources();
    const uri = `aitables://tables/${table.id}/schema`;
    expect(resources.map((resource) => resource.uri)).toContain(uri);
    const read = await client.readResource({ uri });
    const [content] = read.contents;
    const schema = JSON.parse(content && 'text' in content ? content.text : '') as {
      columns: Array<{ name: string; dataType: string }>;
    };
    expect(schema.columns).toEqual([expect.objectContaining({ name: 'city', dataType: 'text' })]);
  });

  it('queries rows with the filters and sorts of the API, and updates only the fields named', async () => {
    const table = await createTable([
      { name: 'name', dataType: 'text' },
      { name: 'employees', dataType: 'number' },
    ]);
    await insertRows(table.id, [
      { name: 'Acme', employees: 120 },
      { name: 'Globex', employees: 40 },
      { name: 'Initech', employees: 300 },
      { name: 'Hooli', employees: 80 },
    ]);
    const page = await callJson<{ total: number; rows: Row[] }>(client, 'query_rows', {
      tableId: table.id,
      filters: [{ column: 'employees', operator: 'gte', value: 80 }],
      sorts: [{ column: 'employees', direction: 'desc' }],
      limit: 2,
    });
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.data.name)).toEqual(['Initech', 'Acme']);

    const [initech] = page.rows;
    const [updated] = await callJson<Row[]>(client, 'update_rows', {
      tableId: table.id,
      rows: [{ rowId: initech?.id, data: { employees: 310 } }],
    });
    expect(updated?.data).toEqual({ name: 'Initech', employees: 310 });
  });

  it('answers bad input with a readable tool error, not a failure of the connection', async () => {
    const table = await createTable([{ name: 'employees', dataType: 'number' }]);
    const refused = (await client.callTool({
      name: 'add_rows',
      arguments: { tableId: table.id, rows: [{ employees: 'many' }] },
    })) as CallToolResult;
    expect(refused.isError).toBe(true);
    expect(refused.content[0]).toMatchObject({
      type: 'text',
      text: expect.stringMatching(/rows\[0\]\.data\.employees/),
    });
    const unknown = (await client.callTool({
      name: 'describe_table',
      arguments: { tableId: crypto.randomUUID() },
    })) as CallToolResult;
    expect(unknown).toMatchObject({ isError: true, content: [{ type: 'text', text: 'Table not found' }] });
    // The connection is still good.
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
  });

  it('adds an AI column, runs it to completion against the provider, and reads the cell', async () => {
    const model = testModel('mcp');
    const table = await createTable([{ name: 'company', dataType: 'text' }], 'MCP AI');
    const [acme] = await insertRows(table.id, [{ company: 'Acme' }, { company: 'Globex' }]);
    await callJson(client, 'add_ai_column', {
      tableId: table.id,
      name: 'size',
      prompt: 'How many people work at {company}?',
      outputFormat: 'number',
      model,
    });
    const started = await callJson<RunStarted>(client, 'run_columns', {
      tableId: table.id,
      columns: ['size'],
    });
    expect(started.cellsQueued).toBe(2);
    const finished = await eventually(async () => {
      const status = await callJson<{ run: Run; table: TableStatus }>(client, 'get_run_status', {
        tableId: table.id,
        runId: started.runId,
      });
      // The run's own record, not only the table's status: the run is closed just after its last cell.
      return status.table.run_status === 'idle' && status.run.status !== 'running' ? status : undefined;
    });
    expect(finished.run).toMatchObject({ status: 'completed', cellsDone: 2, cellsFailed: 0, origin: 'mcp' });
    expect(await fakeCalls(model)).toHaveLength(2);
    const cell = await callJson<CellDetail>(client, 'get_cell', {
      tableId: table.id,
      rowId: acme?.id,
      column: 'size',
    });
    expect(cell.status).toBe('done');
    expect(typeof cell.value).toBe('number');
    expect(cell.prompt).toContain('Acme');
  });
});

describe('extraction through MCP', () => {
  it('makes a table from pasted text, one row per item, and reports the extraction until it completes', async () => {
    const client = await connect(inject('baseUrl'));
    onTestFinished(() => client.close());
    const lines = ['Name: Anvil; Price: 120', 'Name: Tongs; Price: 15.5', 'Name: Bellows; Price: 60'];
    const created = await callJson<ExtractTable>(client, 'extract_table', {
      name: 'Smithy',
      columns: [
        { key: 'name', label: 'Name', type: 'text', required: true },
        { key: 'price', label: 'Price', type: 'number' },
      ],
      source_text: lines.join('\n'),
      model: testModel('mcp-extract'),
    });
    const done = await eventually(async () => {
      const job = await callJson<ExtractTable>(client, 'get_extraction', { tableId: created.table_id });
      return job.status === 'completed' ? job : undefined;
    });
    expect(done).toMatchObject({ total_rows: 3, progress: 100 });
    const page = await callJson<{ rows: Row[] }>(client, 'query_rows', {
      tableId: created.table_id,
      sorts: [{ column: 'price', direction: 'asc' }],
    });
    expect(page.rows.map((row) => row.data)).toEqual([
      { name: 'Tongs', price: 15.5 },
      { name: 'Bellows', price: 60 },
      { name: 'Anvil', price: 120 },
    ]);
    const none = (await client.callTool({
      name: 'get_extraction',
      arguments: { tableId: (await createTable([{ name: 'x', dataType: 'text' }])).id },
    })) as CallToolResult;
    expect(none).toMatchObject({ isError: true, content: [{ text: 'No extraction fills this table' }] });
  });
});

describe('the MCP server with AI_TABLES_TOKEN set', () => {
  const TOKEN = 'mcp-token-0123456789abcdef';
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({
      ...(onEmbeddedStore() ? freshEmbeddedStore() : inject('storeEnv')),
      AI_TABLES_TOKEN: TOKEN,
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a client without the token (401) and serves one that sends it', async () => {
    const refused = await fetch(`${server.baseUrl}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /);
    await expect(connect(server.baseUrl)).rejects.toMatchObject({ code: 401, message: /access token/ });
    const client = await connect(server.baseUrl, { Authorization: `Bearer ${TOKEN}` });
    expect(await callJson<unknown[]>(client, 'list_tables', {})).toEqual(expect.any(Array));
    await client.close();
  });

  it('refuses a browser page of an origin not named in CORS_ORIGINS, even with the token', async () => {
    const response = await fetch(`${server.baseUrl}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        Authorization: `Bearer ${TOKEN}`,
        Origin: 'http://evil.example',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(403);
  });
});
