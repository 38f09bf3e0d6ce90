import type { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requireToken } from '../access/require-token.ts';
import type { RequestLimits } from '../config.ts';
import { httpMetrics } from '../metrics/http-metrics.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { requestIds } from './middleware/request-id.ts';
import { securityHeaders } from './middleware/security-headers.ts';

/** Who may call the API, how often, from which origins. */
export interface GuardOptions {
  /** The bearer token every API call must carry; undefined leaves the API open (loopback only, or opted out). */
  accessToken: string | undefined;
  corsOrigins: string[];
  limits: RequestLimits;
  /** Take the client address for rate limits from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
}

/**
 * The middleware every request passes before any route, in this order: a request id (so even a
 * refusal can be traced), metrics (refusals count too), security headers, the rate limit (before the token check, so guessing
 * tokens is throttled too), CORS (so a refusal reaches the calling page readable), the token.
 */
export function installGuards(
  app: Hono,
  { accessToken, corsOrigins, limits, trustProxy }: GuardOptions,
): void {
  app.use('*', requestIds);
  app.use('*', httpMetrics);
  app.use('*', securityHeaders);
  app.use('*', rateLimit({ ratePerSecond: limits.ratePerSecond, burst: limits.rateBurst, trustProxy }));
  if (corsOrigins.length > 0) {
    app.use(
      '/api/*',
      cors({ origin: corsOrigins, exposeHeaders: ['X-Total-Count', 'X-Request-Id', 'Retry-After'] }),
    );
  }
  if (accessToken) app.use('*', requireToken(accessToken));
}
