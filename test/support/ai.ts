import { inject } from 'vitest';
import type { TableStatus } from '../../src/contract/cells.ts';
import type { ColumnDef } from '../../src/contract/columns.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Run, RunStarted } from '../../src/contract/runs.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows } from './api.ts';
import { eventually } from './eventually.ts';
import type { FakeCall, FakeRule } from './fake-provider/server.ts';
import './provided-context.ts';

/** A model name of a test's own: the fake provider's rules and call log are kept apart by it. */
export const testModel = (label: string): string => `${label}-${crypto.randomUUID().slice(0, 8)}`;

/** Adds rules to the fake provider (tests run side by side: scope them with `model`). */
export async function fakeRules(rules: FakeRule[]): Promise<void> {
  const response = await fetch(`${inject('fakeProviderUrl').replace(/\/v1$/, '')}/__rules`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules, append: true }),
  });
  if (!response.ok) throw new Error(`fake provider refused rules: ${await response.text()}`);
}

/** The calls the fake provider received for a model. */
export async function fakeCalls(model: string): Promise<FakeCall[]> {
  const response = await fetch(
    `${inject('fakeProviderUrl').replace(/\/v1$/, '')}/__calls?model=${encodeURIComponent(model)}`,
  );
  return (await response.json()) as FakeCall[];
}

/** An AI column definition for a test's model. */
export const aiColumn = (name: string, model: string, config: Record<string, unknown>): ColumnDef => ({
  name,
  dataType: 'ai',
  config: { model, ...config },
});

/** A table with these columns and rows. */
export async function aiTable(columns: ColumnDef[], rows: Array<Record<string, unknown>>, baseUrl?: string) {
  const table = baseUrl
    ? (
        await call<Table>(
          'POST',
          '/tables',
          { name: 'AI test', projectId: `test-${crypto.randomUUID()}`, columns },
          {},
          baseUrl,
        )
      ).body
    : await createTable(columns, 'AI test');
  const inserted =
    rows.length === 0
      ? []
      : baseUrl
        ? (
            await call<Row[]>(
              'POST',
              `/tables/${table.id}/rows`,
              { rows: rows.map((data) => ({ data })) },
              {},
              baseUrl,
            )
          ).body
        : await insertRows(table.id, rows);
  return { table, rows: inserted };
}

/** The table's AI status once nothing is queued or running. */
export async function idle(tableId: string, baseUrl?: string, ms = 20_000): Promise<TableStatus> {
  return eventually(
    async () => {
      const status = await call<TableStatus>('GET', `/tables/${tableId}/status`, undefined, {}, baseUrl);
      return status.body.run_status === 'idle' ? status.body : undefined;
    },
    ms,
    'the table to be idle',
  );
}

/** Starts a run, expecting 202. */
export async function run(
  tableId: string,
  body: Record<string, unknown> = {},
  baseUrl?: string,
): Promise<RunStarted> {
  const response = await call<RunStarted>('POST', `/tables/${tableId}/run`, body, {}, baseUrl);
  if (response.status !== 202)
    throw new Error(`run answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A run's record: its status, counts, tokens, costs and what the cache saved. */
export async function runOf(tableId: string, runId: string, baseUrl?: string): Promise<Run> {
  return (await call<Run>('GET', `/tables/${tableId}/runs/${runId}`, undefined, {}, baseUrl)).body;
}

/** The table's rows in insertion order. */
export async function rowsOf(tableId: string, baseUrl?: string): Promise<Row[]> {
  return (await call<Row[]>('GET', `/tables/${tableId}/rows?limit=1000`, undefined, {}, baseUrl)).body;
}
