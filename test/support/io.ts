import { inject } from 'vitest';
import type { Document } from '../../src/contract/documents.ts';
import type { ImportPreview, ImportResult } from '../../src/contract/imports.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { type ApiResponse, call } from './api.ts';

/** Uploads bytes as a multipart file named `name`, as a browser form would. */
export async function upload(
  name: string,
  content: string | Uint8Array,
  baseUrl = inject('baseUrl'),
): Promise<ApiResponse<Document & { error?: string; details?: Array<{ message: string }> }>> {
  const form = new FormData();
  form.append('file', new Blob([content as BlobPart]), name);
  const response = await fetch(`${baseUrl}/api/documents`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** Uploads and expects it to be taken. */
export async function uploaded(name: string, content: string | Uint8Array): Promise<Document> {
  const response = await upload(name, content);
  if (response.status !== 201) throw new Error(`upload failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Previews a document as a new table, or into a table. */
export async function preview(
  documentId: string,
  tableId?: string,
  extra: object = {},
): Promise<ImportPreview> {
  const path = tableId ? `/tables/${tableId}/import` : '/tables/import';
  const response = await call<ImportPreview>('POST', path, { documentId, preview: true, ...extra });
  if (response.status !== 200) throw new Error(`preview failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Imports a document (new table when no tableId) and waits for the outcome. */
export async function importDocument(
  documentId: string,
  tableId?: string,
  extra: object = {},
): Promise<ImportResult> {
  const path = tableId ? `/tables/${tableId}/import` : '/tables/import';
  const response = await call<ImportResult>('POST', path, { documentId, ...extra });
  if (response.status !== 200) throw new Error(`import failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Uploads a file and imports it as a new table; returns the outcome and the table. */
export async function importFile(name: string, content: string | Uint8Array, extra: object = {}) {
  const document = await uploaded(name, content);
  const result = await importDocument(document.id, undefined, {
    projectId: `test-${crypto.randomUUID()}`,
    ...extra,
  });
  const table = (await call<Table>('GET', `/tables/${result.tableId}`)).body;
  return { document, result, table, rows: await allRows(result.tableId) };
}

/** Every row's data, in insertion order. */
export async function allRows(tableId: string): Promise<Array<Row['data']>> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call<Row[]>('GET', `/tables/${tableId}/rows?limit=1000&offset=${offset}`);
    rows.push(...page.body);
    if (page.body.length < 1000) return rows.map((row) => row.data);
  }
}

/** Downloads an export as bytes with its headers. */
export async function download(
  tableId: string,
  query: Record<string, string> = {},
  baseUrl = inject('baseUrl'),
) {
  const response = await fetch(`${baseUrl}/api/tables/${tableId}/export?${new URLSearchParams(query)}`);
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** The bytes as text, a byte-order mark kept (it is part of what an export sends). */
export const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
