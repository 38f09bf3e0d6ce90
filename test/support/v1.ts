import { inject } from 'vitest';
import type { ApiResponse } from './api.ts';
import './provided-context.ts';

/** Calls the server's Extruct-compatible /v1 surface. `body` is sent as JSON unless it is a string. */
export async function v1<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  baseUrl = inject('baseUrl'),
): Promise<ApiResponse<T>> {
  const response = await fetch(`${baseUrl}/v1${path}`, {
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
