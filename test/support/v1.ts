import { inject } from 'vitest';
import { type ApiResponse, callUnder } from './api.ts';
import './provided-context.ts';

/** Calls the server's Extruct-compatible /v1 surface. `body` is sent as JSON unless it is a string. */
export const v1 = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  baseUrl = inject('baseUrl'),
): Promise<ApiResponse<T>> => callUnder<T>('/v1', method, path, body, headers, baseUrl);
