import { CLIENT_HEADER } from '../../contract/runs.ts';
import { authorizationHeader, useAccessToken } from './access-token.ts';
import { ApiError } from './api-error.ts';

export { ApiError, errorText, isApiError } from './api-error.ts';

/** Prefix of every API path; the SPA is served by the API process, or proxied to it by Vite. */
export const API_BASE = '/api';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  /** The `X-Total-Count` header: rows matching a list query, across all pages. */
  totalCount: number | undefined;
}

/** `?a=1&b=2` from query values, leaving undefined ones out; empty when none remain. */
export function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy or gateway may answer with HTML; the status alone then explains the failure.
    return undefined;
  }
}

/**
 * Calls the API at a path (query included) and returns the parsed body with the total count header.
 * Throws an {@link ApiError} for any non-2xx answer, carrying the server's message and details.
 * Features never call it with a path of their own: they call a declared route (typed-client.ts).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const { method = 'GET', body, signal } = options;
  const sentToken = useAccessToken.getState().token;
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers: {
      ...authorizationHeader(),
      ...(body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json' }),
      // Runs started here show "app" as their origin, not "api".
      [CLIENT_HEADER]: 'app',
    },
    body: body === undefined ? null : JSON.stringify(body),
    signal: signal ?? null,
  });
  const parsed = await readJson(response);
  // The server wants a token, or another one: the access prompt asks for it.
  if (response.status === 401) useAccessToken.getState().refused(sentToken);
  if (!response.ok) {
    const errorBody = parsed && typeof parsed === 'object' ? parsed : undefined;
    throw new ApiError(response.status, errorBody, parsed);
  }
  const total = response.headers.get('X-Total-Count');
  return { data: parsed as T, totalCount: total === null ? undefined : Number(total) };
}
