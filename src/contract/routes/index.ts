import { accessApi } from './access.ts';
import { cellApi } from './cells.ts';
import { chartApi } from './charts.ts';
import { columnApi } from './columns.ts';
import { documentApi } from './documents.ts';
import { enrichApi } from './enrich.ts';
import { exportApi } from './exports.ts';
import { extractApi } from './extract.ts';
import { historyApi } from './history.ts';
import { importApi } from './imports.ts';
import { parentRowApi } from './parent-rows.ts';
import { priceApi } from './prices.ts';
import { projectApi } from './projects.ts';
import { relationApi } from './relations.ts';
import { rowApi } from './rows.ts';
import { runApi } from './runs.ts';
import { serviceApi } from './service.ts';
import { aiSettingsApi, contactApi } from './settings.ts';
import { tableApi } from './tables.ts';
import { templateApi } from './templates.ts';
import { triggerApi } from './triggers.ts';
import { extructApi } from './v1.ts';
import { verifiedApi } from './verified.ts';

/** Every declared route by resource: what the server must mount and the client may call. */
export const declaredRoutes = {
  tables: tableApi,
  columns: columnApi,
  rows: rowApi,
  cells: cellApi,
  history: historyApi,
  projects: projectApi,
  templates: templateApi,
  prices: priceApi,
  charts: chartApi,
  triggers: triggerApi,
  relations: relationApi,
  parentRows: parentRowApi,
  exports: exportApi,
  imports: importApi,
  documents: documentApi,
  runs: runApi,
  verified: verifiedApi,
  enrich: enrichApi,
  aiSettings: aiSettingsApi,
  contacts: contactApi,
  access: accessApi,
  extract: extractApi,
  service: serviceApi,
};

/**
 * Routes declared for another surface than /api: Extruct's, at /v1 (their paths are under it). The
 * app does not call them; they are in the OpenAPI document and routed from these declarations.
 */
export const v1DeclaredRoutes = extructApi;
