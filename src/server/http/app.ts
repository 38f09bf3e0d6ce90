import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { TableMaintenance } from '../services/table-maintenance.ts';
import { errorHandler, validationHook } from './errors.ts';
import { columnRoutes } from './routes/columns.ts';
import { historyRoutes } from './routes/history.ts';
import { projectRoutes } from './routes/projects.ts';
import { rowRoutes } from './routes/rows.ts';
import { tableRoutes } from './routes/tables.ts';

export interface AppOptions {
  database: Database;
  maintenance: TableMaintenance;
  logger: Logger;
  bodyLimitBytes: number;
  corsOrigins: string[];
}

/** The API: every route under /api, validated by the shared contract, described at /api/openapi.json. */
export function createApi({ database, maintenance, logger, bodyLimitBytes, corsOrigins }: AppOptions) {
  const { db } = database;
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(errorHandler(logger));
  const api = new OpenAPIHono({ defaultHook: validationHook });
  if (corsOrigins.length > 0) {
    api.use('*', cors({ origin: corsOrigins, exposeHeaders: ['X-Total-Count'] }));
  }
  api.use(
    '*',
    bodyLimit({
      maxSize: bodyLimitBytes,
      onError: () => {
        throw new HTTPException(413, { message: 'Request body is too large' });
      },
    }),
  );
  api.get('/health', (c) => c.json({ status: 'ok', engine: database.engine }));
  api
    .route('/', projectRoutes(db))
    .route('/', tableRoutes(db))
    .route('/', columnRoutes(db))
    .route('/', rowRoutes(db, maintenance))
    .route('/', historyRoutes(db));
  app.route('/api', api);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'AI Tables API',
      version: '0.1.0',
      description: 'Tables, typed columns, rows and history.',
    },
  });
  return app;
}
