import type { Context, MiddlewareHandler } from 'hono';
import type { ErrorBody } from '../../../contract/errors.ts';
import type { RequestLimits } from '../../config.ts';

const refuse = (c: Context, path: string, message: string) =>
  c.json(
    { error: 'Request exceeds a limit of this server', details: [{ path, message }] } satisfies ErrorBody,
    400,
  );

/** How many entries a JSON-array query parameter holds; undefined when it is absent or not an array. */
function arrayLength(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.length : undefined;
  } catch {
    return undefined; // The route's own validation reports bad JSON.
  }
}

/** Row batch endpoints: POST /tables/{id}/rows and /tables/{id}/rows/delete. */
const BATCH_PATH = /^\/api\/tables\/[^/]+\/rows(\/delete)?$/;

/**
 * The operator's limits (MAX_PAGE_ROWS, MAX_BATCH_ROWS, MAX_FILTERS, MAX_SORTS) over the contract's
 * ceilings: page size, rows per batch, filters and sort keys per query. Each refusal is a 400 naming
 * the parameter and the limit, like a validation error.
 */
export function requestLimits(limits: RequestLimits): MiddlewareHandler {
  return async (c, next) => {
    const limit = c.req.query('limit');
    if (limit !== undefined && Number(limit) > limits.maxPageRows)
      return refuse(c, 'limit', `At most ${limits.maxPageRows} rows per page`);
    if ((arrayLength(c.req.query('filters')) ?? 0) > limits.maxFilters)
      return refuse(c, 'filters', `At most ${limits.maxFilters} filters`);
    if ((arrayLength(c.req.query('sorts')) ?? 0) > limits.maxSorts)
      return refuse(c, 'sorts', `At most ${limits.maxSorts} sort keys`);
    if (c.req.method === 'POST' && BATCH_PATH.test(c.req.path)) {
      // Parsed once: the route's validator reads the same cached body.
      const body: unknown = await c.req.json().catch(() => undefined);
      const key = c.req.path.endsWith('/delete') ? 'ids' : 'rows';
      const items = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
      if (Array.isArray(items) && items.length > limits.maxBatchRows)
        return refuse(c, key, `At most ${limits.maxBatchRows} rows per batch`);
    }
    return next();
  };
}
