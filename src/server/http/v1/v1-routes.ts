import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { V1ErrorBody } from '../../../contract/v1/errors.ts';
import type { RequestLimits } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { Providers } from '../../services/ai/providers.ts';
import type { RowAccess } from '../../services/rows/row-access.ts';
import type { Store } from '../../services/store/store.ts';
import { v1DataRoutes } from './routes/data.ts';
import { v1RowRoutes } from './routes/rows.ts';
import { v1RunRoutes } from './routes/run.ts';
import { v1TableRoutes } from './routes/tables.ts';
import { v1ErrorHandler } from './v1-errors.ts';

export interface V1Options {
  store: Store;
  /** The same row reads and writes as /api: cached pages, maintenance told of writes. */
  rows: RowAccess;
  providers: Providers;
  logger: Logger;
  /** The operator's limits: MAX_PAGE_ROWS (the largest `limit` of /data), MAX_BATCH_ROWS. */
  limits: Pick<RequestLimits, 'maxPageRows' | 'maxBatchRows'>;
  /** The same body limit as /api. */
  bodyLimit: MiddlewareHandler;
}

/**
 * The Extruct-compatible surface under /v1: a mapping onto the same tables, columns, cells and engine
 * as /api (see docs/v1.md). The bearer token is checked before any route (access/require-token.ts),
 * so with AI_TABLES_TOKEN unset /v1 is as open as /api.
 */
export function v1Routes({ store, rows, providers, logger, limits, bodyLimit }: V1Options) {
  const app = new OpenAPIHono();
  app.onError(v1ErrorHandler(logger));
  app.use('*', bodyLimit);
  app.route('/', v1TableRoutes(store, rows));
  app.route('/', v1DataRoutes(store, rows, limits.maxPageRows));
  app.route('/', v1RowRoutes(store, rows, providers, limits.maxBatchRows));
  app.route('/', v1RunRoutes(store, providers));
  // Mounted routes do not reach the top app's 404: an unknown /v1 path answers here, in /v1's shape.
  app.all('*', (c) => c.json({ detail: 'Not Found' } satisfies V1ErrorBody, 404));
  return app;
}
