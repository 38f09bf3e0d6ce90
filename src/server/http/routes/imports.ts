import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ImportInput, ImportNewTableInput, ImportPreview, ImportResult } from '../../../contract/imports.ts';
import { getImport } from '../../services/io/import-records.ts';
import {
  importNewTable,
  previewImport,
  type StartedImport,
  startImport,
} from '../../services/io/import-service.ts';
import type { IoConfig } from '../../services/io/io-config.ts';
import type { Store } from '../../services/store.ts';
import type { TableMaintenance } from '../../services/table-maintenance.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const tags = ['Import & Export'];
const answers = {
  200: json(z.union([ImportPreview, ImportResult]), 'The preview, or the finished import'),
  202: json(ImportResult, 'Started (async): poll GET /api/imports/{importId}'),
  ...errors,
};

const intoTable = createRoute({
  method: 'post',
  path: '/tables/{id}/import',
  tags,
  summary: 'Preview or import a document into a table (columns matched by name, missing ones added)',
  request: { params: z.object({ id: z.string() }), ...jsonBody(ImportInput) },
  responses: answers,
});

const newTable = createRoute({
  method: 'post',
  path: '/tables/import',
  tags,
  summary: 'Preview a document, or create a table from it and import its rows ("new table from file")',
  request: jsonBody(ImportNewTableInput),
  responses: answers,
});

const status = createRoute({
  method: 'get',
  path: '/imports/{importId}',
  tags,
  summary: "An import's progress while it runs, its outcome once it ends",
  request: { params: z.object({ importId: z.string() }) },
  responses: { 200: json(ImportResult, 'The import record'), 404: errors[404] },
});

export function importRoutes(store: Store, config: IoConfig, maintenance: TableMaintenance) {
  /** Waits for the import, or answers at once with its record when the client asked for async. */
  const reply = async (started: StartedImport, async: boolean | undefined) => {
    if (!async) return { status: 200 as const, body: await started.done };
    // The outcome is recorded by the import itself; nobody awaits it here.
    started.done.catch(() => undefined);
    return { status: 202 as const, body: await getImport(store, started.importId) };
  };
  // Background maintenance counts written rows (light VACUUMs during a load, ANALYZE after it).
  const afterBatch = (tableId: string, rows: number) => maintenance.afterWrite(tableId, rows);
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(intoTable, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      if (input.preview) {
        return c.json(await previewImport(store, config, input, await store.tables.get(id)), 200);
      }
      const started = await startImport(store, config, id, input, afterBatch);
      const { status: code, body } = await reply(started, input.async);
      return c.json(body, code);
    })
    .openapi(newTable, async (c) => {
      const input = c.req.valid('json');
      if (input.preview) return c.json(await previewImport(store, config, input, null), 200);
      const started = await importNewTable(store, config, input, afterBatch);
      const { status: code, body } = await reply(started, input.async);
      return c.json(body, code);
    })
    .openapi(status, async (c) => c.json(await getImport(store, c.req.valid('param').importId), 200));
}
