import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { requestContext } from '../../request-context.ts';

const assignId = requestId();

/**
 * Gives each request an id (the caller's X-Request-Id when it is a plain token, else a UUID), sends it
 * back in X-Request-Id and puts it on every log line written while the request is handled.
 */
export const requestIds: MiddlewareHandler = (c, next) =>
  assignId(c, () => requestContext.run({ reqId: c.get('requestId') }, next));
