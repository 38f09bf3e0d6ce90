import type { ErrorBody, ErrorDetail } from '../../contract/errors.ts';

/** A refused or failed API call, carrying the server's `{ error, details }` body and the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly details: ErrorDetail[];
  /** The whole parsed body, for errors that carry more (a 409 carries the current row). */
  readonly body: unknown;

  constructor(status: number, body: Partial<ErrorBody> | undefined, raw: unknown) {
    super(body?.error ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.details = body?.details ?? [];
    this.body = raw;
  }
}

/** Whether an error is an API error with the given status (404 for a missing table, and so on). */
export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** One readable line for any error: the server's message followed by its details, if any. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError && error.details.length > 0)
    return `${error.message}: ${error.details.map((detail) => detail.message).join('; ')}`;
  return error instanceof Error ? error.message : String(error);
}
