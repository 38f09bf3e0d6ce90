import { describe, expect, inject, it } from 'vitest';
import type { V1Row, V1TableData } from '../../src/contract/v1/rows.ts';
import type { V1RunOutput } from '../../src/contract/v1/runs.ts';
import type { V1TableHeader, V1TableWithStatus } from '../../src/contract/v1/tables.ts';
import { fakeRules } from '../support/ai.ts';
import { eventually } from '../support/eventually.ts';
import { conforms } from '../support/extruct-docs.ts';
import { v1 } from '../support/v1.ts';

const statusOf = async (tableId: string) => (await v1<V1TableWithStatus>('GET', `/tables/${tableId}`)).body;
const dataOf = async (tableId: string) => (await v1<V1TableData>('GET', `/tables/${tableId}/data`)).body;

/** Polls GET /v1/tables/{id} as the documents say: done when idle with nothing in progress. */
const finished = (tableId: string) =>
  eventually(async () => {
    const table = await statusOf(tableId);
    return table.status.run_status === 'idle' && table.status.num_cells_in_progress === 0 ? table : undefined;
  });

describe('POST /v1/tables/{table_id}/run', () => {
  it('runs the agent cells: created, then requested or in progress, then done, with the status counting them', async () => {
    const marker = `v1-run-${crypto.randomUUID()}`;
    await fakeRules([{ match: marker, delayMs: 600 }]);
    const table = (
      await v1<V1TableHeader>('POST', '/tables', {
        kind: 'generic',
        column_configs: [
          { kind: 'input', name: 'Note', key: 'note' },
          {
            kind: 'agent',
            name: 'Summary',
            key: 'summary',
            value: { agent_type: 'llm', prompt: `Sum up {note} ${marker}` },
          },
        ],
      })
    ).body;
    await v1('POST', `/tables/${table.id}/rows`, {
      rows: [{ data: { note: 'first' } }, { data: { note: 'second' } }],
    });
    expect((await dataOf(table.id)).rows.map((row) => row.data.summary?.status)).toEqual([
      'created',
      'created',
    ]);

    const started = await v1<V1RunOutput>('POST', `/tables/${table.id}/run`, {});
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ mode: 'new', num_requested_cells: 2, rows: null, columns: null });
    expect(['created', 'in_progress']).toContain(started.body.status);

    const running = await dataOf(table.id);
    for (const row of running.rows) expect(['requested', 'in_progress']).toContain(row.data.summary?.status);
    expect(running.status).toMatchObject({ run_status: 'running', num_cells_in_progress: 2 });

    const done = await finished(table.id);
    expect(conforms('getTable', 'TableHeaderWithStatusOutput', done)).toBe(true);
    expect(done.status).toMatchObject({ num_cells_completed: 2, num_cells_in_progress: 0, num_rows: 2 });
    const data = await dataOf(table.id);
    expect(conforms('getTableData', 'TableDataOutput', data)).toBe(true);
    for (const row of data.rows) {
      expect(row.data.summary).toMatchObject({ status: 'done', updated_at: expect.any(String) });
      expect(row.data.summary?.value).toEqual(expect.any(String));
    }
  });

  it('starts a run on created rows with run: true, scoped to those rows', async () => {
    const marker = `v1-select-${crypto.randomUUID()}`;
    await fakeRules([{ match: marker, reply: { value: 'enterprise' } }]);
    const table = (
      await v1<V1TableHeader>('POST', '/tables', {
        kind: 'generic',
        column_configs: [
          { kind: 'input', name: 'Company', key: 'company' },
          {
            kind: 'agent',
            name: 'Segment',
            key: 'segment',
            value: {
              agent_type: 'llm',
              prompt: `Which segment is {company}? ${marker}`,
              output_format: 'select',
              labels: ['SMB', 'Enterprise'],
            },
          },
        ],
      })
    ).body;
    await v1('POST', `/tables/${table.id}/rows`, { rows: [{ data: { company: 'Left alone' } }] });
    const created = await v1<V1Row[]>('POST', `/tables/${table.id}/rows`, {
      rows: [{ data: { company: 'Enterprise Inc' } }],
      run: true,
    });
    expect(created.status).toBe(200);
    await finished(table.id);
    const rows = (await dataOf(table.id)).rows;
    expect(rows.map((row) => row.data.segment?.status)).toEqual(['created', 'done']);
    expect(rows[1]?.data.segment?.value).toBe('Enterprise');
  });

  it('fails the cells of kinds this server cannot compute yet with their reason, calling no model', async () => {
    const table = (
      await v1<V1TableHeader>('POST', '/tables', {
        kind: 'people',
        column_configs: [
          { kind: 'input', name: 'Person', key: 'person' },
          { kind: 'email_finder', name: 'Email', key: 'email' },
        ],
      })
    ).body;
    const [row] = (
      await v1<V1Row[]>('POST', `/tables/${table.id}/rows`, {
        rows: [{ data: { person: 'Ann Lee' } }],
        run: true,
      })
    ).body;
    await finished(table.id);
    const got = await v1<V1Row>('GET', `/tables/${table.id}/rows/${row?.id}`);
    expect(got.body.data.email).toMatchObject({ value: null, status: 'failed' });
    const cell = await fetch(`${inject('baseUrl')}/api/tables/${table.id}/rows/${row?.id}/cells/email`).then(
      (response) => response.json() as Promise<{ error: string }>,
    );
    expect(cell.error).toMatch(/contact provider/);
  });

  it('answers a finished run of no cells on a table without AI columns, and 422 for an unknown mode', async () => {
    const table = (
      await v1<V1TableHeader>('POST', '/tables', {
        column_configs: [{ kind: 'input', name: 'Company', key: 'input' }],
      })
    ).body;
    const run = await v1<V1RunOutput>('POST', `/tables/${table.id}/run`, { mode: 'all' });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: 'done', num_requested_cells: 0, mode: 'all' });
    // No body at all: every default.
    const bare = await v1<V1RunOutput>('POST', `/tables/${table.id}/run`);
    expect(bare.status).toBe(200);
    expect(bare.body).toMatchObject({ mode: 'new', num_requested_cells: 0 });
    const bad = await v1<{ detail: Array<{ loc: unknown[] }> }>('POST', `/tables/${table.id}/run`, {
      mode: 'everything',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0]?.loc).toEqual(['body', 'mode']);
  });
});
