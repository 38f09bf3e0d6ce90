import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import type { ErrorBody, ErrorDetail } from '../../contract/errors.ts';
import { storeUnavailable } from '../db/store-unavailable.ts';
import type { Logger } from '../logger.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../services/store/errors.ts';

/** Zod issues as the API's error details: a dotted path and a readable message each. */
export function zodDetails(error: ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: issue.path
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`,
      )
      .join(''),
    message: issue.message,
  }));
}

/** Validation hook for every route: a failed zod check becomes a 400 with details. */
export function validationHook(result: { success: boolean; error?: unknown; target?: string }, c: Context) {
  if (result.success) return undefined;
  const details = zodDetails(result.error as ZodError);
  const where = result.target === 'json' ? 'request body' : `${result.target ?? 'request'} parameters`;
  return c.json({ error: `Invalid ${where}`, details } satisfies ErrorBody, 400);
}

/** The SQLSTATE of a database error, looking through wrappers such as Drizzle's query error. */
function sqlState(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Hono's own words for these say what went wrong, not what to send instead. */
const MESSAGES: Record<number, string> = {
  413: 'Request body is too large',
  415: 'Send the body as JSON, with the header Content-Type: application/json',
};

/** What a client is told of an HTTP-level refusal (size, media type, malformed request). */
export const httpErrorMessage = (error: HTTPException): string =>
  MESSAGES[error.status] ?? (error.message || 'Bad request');

/** A restarted embedded PostgreSQL accepts connections again within a few seconds. */
const RETRY_AFTER_SECONDS = 2;

/** Maps anything thrown in a handler to a JSON error; never a stack trace, never a 500 for bad input. */
export function errorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof ValidationError)
      return c.json({ error: error.message, details: error.details }, 400);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof ConflictError) return c.json({ error: error.message }, 409);
    if (error instanceof VersionConflictError)
      return c.json({ error: error.message, current: error.current, conflicts: error.conflicts }, 409);
    if (error instanceof HTTPException) {
      return c.json({ error: httpErrorMessage(error) }, error.status);
    }
    // Class 22 is "data exception": a value the database cannot hold (a NUL character, say) came from the input.
    if (sqlState(error)?.startsWith('22')) {
      const reason = error.cause instanceof Error ? error.cause.message : error.message;
      return c.json({ error: 'A value cannot be stored', details: [{ path: '', message: reason }] }, 400);
    }
    if (storeUnavailable(error)) {
      logger.warn({ err: error, path: c.req.path }, 'the store is unavailable');
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json({ error: 'The store is unavailable for a moment: try again shortly' }, 503);
    }
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: 'Internal server error' }, 500);
  };
}
