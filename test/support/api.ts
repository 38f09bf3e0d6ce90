import { inject } from 'vitest';
import type { ColumnOf } from '../../src/contract/column-of.ts';
import type { Column, ColumnDef } from '../../src/contract/columns.ts';
import type { DataType } from '../../src/contract/data-types/index.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import './provided-context.ts';

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the server under test below `prefix` (`/api`, `/v1`). `body` is sent as JSON unless it is a string. */
export async function callUnder<T = unknown>(
  prefix: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  baseUrl = inject('baseUrl'),
): Promise<ApiResponse<T>> {
  const response = await fetch(`${baseUrl}${prefix}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text so a test can show it.
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** Calls the server under test's `/api`. */
export const call = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  baseUrl = inject('baseUrl'),
): Promise<ApiResponse<T>> => callUnder<T>('/api', method, path, body, headers, baseUrl);

/** A fresh table for one test, in a project of its own so listings stay predictable. */
export async function createTable(columns: ColumnDef[], name = 'Test table'): Promise<Table> {
  const projectId = `test-${crypto.randomUUID()}`;
  const response = await call<Table>('POST', '/tables', { name, projectId, columns });
  if (response.status !== 201) throw new Error(`createTable failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function insertRows(tableId: string, data: Array<Record<string, unknown>>): Promise<Row[]> {
  const response = await call<Row[]>('POST', `/tables/${tableId}/rows`, {
    rows: data.map((d) => ({ data: d })),
  });
  if (response.status !== 201) throw new Error(`insertRows failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** GET rows with filters and sorts encoded as the API expects. */
export function queryRows<T = Row[]>(
  tableId: string,
  params: { filters?: unknown; sorts?: unknown; limit?: number; offset?: number } = {},
) {
  const search = new URLSearchParams();
  if (params.filters !== undefined) search.set('filters', JSON.stringify(params.filters));
  if (params.sorts !== undefined) search.set('sorts', JSON.stringify(params.sorts));
  if (params.limit !== undefined) search.set('limit', String(params.limit));
  if (params.offset !== undefined) search.set('offset', String(params.offset));
  return call<T>('GET', `/tables/${tableId}/rows?${search}`);
}

/** The table's column of that name; given a type, the column known to be of it (the test fails if not). */
export function columnByName(table: Table, name: string): Column;
export function columnByName<T extends DataType>(table: Table, name: string, type: T): ColumnOf<T>;
export function columnByName(table: Table, name: string, type?: DataType): Column {
  const column = table.columns.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`No column ${name}`);
  if (type && column.dataType !== type) throw new Error(`Column ${name} is ${column.dataType}, not ${type}`);
  return column;
}
