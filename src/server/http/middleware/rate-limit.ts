import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { isApiPath } from '../../access/require-token.ts';
import { TokenBuckets } from './token-bucket.ts';

export interface RateLimitOptions {
  /** Requests per second each client may make on average (0: no limit), and in a burst. */
  ratePerSecond: number;
  burst: number;
  /** Take the client from the last X-Forwarded-For hop (the one our own proxy added). */
  trustProxy: boolean;
}

/** The client's address: the socket's peer, or behind a trusted proxy the address it forwarded. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return getConnInfo(c).remote.address ?? 'unknown';
}

/**
 * Limits API calls per client address with a token bucket; over the limit a call gets 429 with
 * Retry-After (whole seconds). The health check is never limited: load balancers poll it.
 */
export function rateLimit({ ratePerSecond, burst, trustProxy }: RateLimitOptions): MiddlewareHandler {
  const buckets = new TokenBuckets(ratePerSecond, burst);
  return async (c, next) => {
    if (ratePerSecond <= 0 || !isApiPath(c.req.path) || c.req.path === '/api/health') return next();
    const wait = buckets.take(clientAddress(c, trustProxy));
    if (wait === 0) return next();
    c.header('Retry-After', String(Math.max(1, Math.ceil(wait))));
    return c.json({ error: 'Too many requests: slow down and retry after the time in Retry-After' }, 429);
  };
}
