import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { V1ErrorBody, V1ValidationError } from '../../../contract/v1/errors.ts';
import type { Logger } from '../../logger.ts';
import { NotFoundError, ValidationError } from '../../services/store/errors.ts';
import { V1RequestError } from './v1-request.ts';

/** A service's "columns[0].config.prompt" as a FastAPI location under the body. */
const locOf = (path: string): Array<string | number> => [
  'body',
  ...path
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
];

const detail = (c: Context, message: string, status: ContentfulStatusCode) =>
  c.json({ detail: message } satisfies V1ErrorBody, status);

/**
 * Errors on /v1 in FastAPI's shapes, which Extruct clients read: 422 `{ detail: [{ loc, msg, type }] }`
 * for input that cannot be accepted (ours or a service's), `{ detail: "..." }` for everything else.
 */
export function v1ErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof V1RequestError)
      return c.json({ detail: error.items } satisfies V1ValidationError, 422);
    if (error instanceof ValidationError) {
      const items = error.details.length > 0 ? error.details : [{ path: '', message: error.message }];
      const body = items.map((item) => ({ loc: locOf(item.path), msg: item.message, type: 'value_error' }));
      return c.json({ detail: body } satisfies V1ValidationError, 422);
    }
    if (error instanceof NotFoundError) return detail(c, error.message, 404);
    if (error instanceof HTTPException)
      return detail(
        c,
        error.status === 413 ? 'Request body is too large' : error.message || 'Bad request',
        error.status,
      );
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return detail(c, 'Internal Server Error', 500);
  };
}
