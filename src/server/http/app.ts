import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { serviceApi } from '../../contract/routes/service.ts';
import type { ExtractConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { mcpRoutes } from '../mcp/mcp-route.ts';
import type { SecretBox } from '../secrets/secret-box.ts';
import type { Providers } from '../services/ai/providers.ts';
import type { ChartReads } from '../services/charts/chart-reads.ts';
import type { ContactProviders } from '../services/contacts/contact-providers.ts';
import type { CellAnswerer } from '../services/engine/cell-answerers.ts';
import type { IoConfig } from '../services/io/io-config.ts';
import type { RowAccess } from '../services/rows/row-access.ts';
import type { TableMaintenance } from '../services/rows/table-maintenance.ts';
import type { Store } from '../services/store/store.ts';
import type { TriggerService } from '../services/triggers/triggers.ts';
import { errorHandler, validationHook } from './errors.ts';
import { type GuardOptions, installGuards } from './guards.ts';
import { lassoRoutes } from './lasso/lasso-routes.ts';
import { requestLimits } from './middleware/request-limits.ts';
import { accessRoutes } from './routes/access.ts';
import { aiSettingsRoutes } from './routes/ai-settings.ts';
import { cellRoutes } from './routes/cells.ts';
import { chartRoutes } from './routes/charts.ts';
import { columnRoutes } from './routes/columns.ts';
import { contactRoutes } from './routes/contacts.ts';
import { documentRoutes } from './routes/documents.ts';
import { enrichRoutes } from './routes/enrich.ts';
import { evaluateRoutes } from './routes/evaluate.ts';
import { exportRoutes } from './routes/exports.ts';
import { historyRoutes } from './routes/history.ts';
import { importRoutes } from './routes/imports.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { parentRowRoutes } from './routes/parent-rows.ts';
import { priceRoutes } from './routes/prices.ts';
import { projectRoutes } from './routes/projects.ts';
import { relationRoutes } from './routes/relations.ts';
import { rowRoutes } from './routes/rows.ts';
import { runRoutes } from './routes/runs.ts';
import { tableRoutes } from './routes/tables.ts';
import { templateRoutes } from './routes/templates.ts';
import { triggerRoutes } from './routes/triggers.ts';
import { verifiedRoutes } from './routes/verified.ts';
import { v1Routes } from './v1/v1-routes.ts';

export interface AppOptions extends GuardOptions {
  store: Store;
  providers: Providers;
  /** The contact provider of email, phone and reverse-email columns. */
  contacts: ContactProviders;
  /** What answers some AI columns' cells its own way or adds to prompts, as the engine has it (previews, estimates). */
  answerers: CellAnswerer[];
  /** The SearXNG instance research columns search with, if any. */
  searxngUrl: string | undefined;
  /** How long one provider call may take (previews call providers directly). */
  callTimeoutMs: number;
  /** Background maintenance, told of the rows an import writes. */
  maintenance: TableMaintenance;
  /** Rows and chart data as every caller reads them (cached pages and counts, scheduled indexes). */
  rows: RowAccess;
  charts: ChartReads;
  triggers: TriggerService;
  logger: Logger;
  bodyLimitBytes: number;
  /** Import and export limits: upload size, batch sizes, where documents are kept. */
  io: IoConfig;
  /** Extraction tables (the Lasso-compatible /api/v1), and the worker to wake when one is created. */
  extract: { config: ExtractConfig; secrets: SecretBox; wake: () => void };
}

/** The API: every route under /api, validated by the shared contract, described at /api/openapi.json. */
export function createApi({
  store,
  providers,
  contacts,
  answerers,
  searxngUrl,
  callTimeoutMs,
  maintenance,
  rows,
  charts,
  triggers,
  logger,
  bodyLimitBytes,
  io,
  extract,
  ...guards
}: AppOptions) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(errorHandler(logger));
  const api = new OpenAPIHono({ defaultHook: validationHook });
  installGuards(app, guards);
  const limit = bodyLimit({
    maxSize: bodyLimitBytes,
    onError: () => {
      throw new HTTPException(413, { message: 'Request body is too large' });
    },
  });
  // Uploads stream to disk under their own, larger limits (DOCUMENT_MAX_BYTES, EXTRACT_FILE_MAX_BYTES).
  const uploads = new Set(['/api/documents', '/api/v1/files']);
  api.use('*', (c, next) => (c.req.method === 'POST' && uploads.has(c.req.path) ? next() : limit(c, next)));
  api.use('*', requestLimits(guards.limits));
  api.route('/', lassoRoutes(store, providers, extract.secrets, extract.config, logger, extract.wake));
  // Healthy means the store answers: a store that is away makes this a 503 (the error handler's), so a
  // load balancer or supervisor takes the server out of rotation instead of sending it requests that fail.
  api.openapi(createRoute(serviceApi.health), async (c) => {
    await store.db.execute(sql`SELECT 1`);
    return c.json({ status: 'ok' as const, engine: store.engine }, 200);
  });
  api
    .route('/', projectRoutes(store))
    // Before the table routes: /tables/templates and /tables/import are not table ids.
    .route('/', templateRoutes(store))
    .route('/', importRoutes(store, io, maintenance))
    .route('/', documentRoutes(store, io))
    .route('/', exportRoutes(store, io, logger))
    .route('/', tableRoutes(store))
    .route('/', columnRoutes(store))
    .route('/', rowRoutes(store, rows))
    .route('/', historyRoutes(store))
    .route('/', runRoutes(store, providers, { timeoutMs: callTimeoutMs, searxngUrl, answerers }))
    .route('/', cellRoutes(store))
    .route('/', verifiedRoutes(store))
    .route('/', evaluateRoutes(store, providers, { timeoutMs: callTimeoutMs }))
    .route('/', enrichRoutes(store, providers, { timeoutMs: callTimeoutMs, webSearch: Boolean(searxngUrl) }))
    .route('/', aiSettingsRoutes(providers, Boolean(searxngUrl)))
    .route('/', contactRoutes(contacts))
    .route('/', parentRowRoutes(store))
    .route('/', priceRoutes(providers.prices))
    .route('/', relationRoutes(store))
    .route('/', triggerRoutes(triggers))
    .route('/', chartRoutes(store, charts))
    .route('/', accessRoutes(guards.accessToken))
    .route('/', metricsRoutes(store));
  app.route('/api', api);
  app.route('/v1', v1Routes({ store, rows, providers, logger, limits: guards.limits, bodyLimit: limit }));
  // Tables for agents: the same services as MCP tools (docs/mcp.md), behind the same guards.
  app.route(
    '/mcp',
    mcpRoutes(
      { store, rows, providers, logger, extract: { secrets: extract.secrets, wake: extract.wake } },
      { maxBodyBytes: bodyLimitBytes, corsOrigins: guards.corsOrigins },
    ),
  );
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'AI Tables API',
      version: '0.1.0',
      description:
        'Tables, typed columns, rows, history, AI columns with their runs and cells, triggers and charts.',
    },
  });
  return app;
}
