import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { isApiPath } from '../access/require-token.ts';
import { metrics } from './metrics.ts';

/**
 * The route pattern that answered (`/api/tables/:id/rows`), so series stay few whatever the ids:
 * the first matched handler for the method (middleware match every method, as ALL).
 */
function routeOf(c: Context): string {
  const route = matchedRoutes(c).find((r) => r.method === c.req.method && !r.path.endsWith('*'));
  return route?.path ?? 'unmatched';
}

/** Counts API requests and times them by method, route and status; the SPA's files are left out. */
export const httpMetrics: MiddlewareHandler = async (c, next) => {
  if (!isApiPath(c.req.path)) return next();
  const started = performance.now();
  metrics.httpInFlight.add({}, 1);
  try {
    await next();
  } finally {
    metrics.httpInFlight.add({}, -1);
    const labels = { method: c.req.method, route: routeOf(c) };
    metrics.httpRequests.inc({ ...labels, status: String(c.res.status) });
    metrics.httpDuration.observe(labels, (performance.now() - started) / 1000);
  }
};
