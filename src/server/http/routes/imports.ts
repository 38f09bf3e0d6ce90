import { Readable } from 'node:stream';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { importApi } from '../../../contract/routes/imports.ts';
import { importErrorsCsv } from '../../services/io/import-errors.ts';
import { getImport } from '../../services/io/import-records.ts';
import {
  importNewTable,
  previewImport,
  type StartedImport,
  startImport,
} from '../../services/io/import-service.ts';
import type { IoConfig } from '../../services/io/io-config.ts';
import type { TableMaintenance } from '../../services/rows/table-maintenance.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

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
    .openapi(createRoute(importApi.intoTable), async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      if (input.preview) {
        return c.json(await previewImport(store, config, input, await store.tables.get(id)), 200);
      }
      const started = await startImport(store, config, id, input, afterBatch);
      const { status: code, body } = await reply(started, input.async);
      return c.json(body, code);
    })
    .openapi(createRoute(importApi.newTable), async (c) => {
      const input = c.req.valid('json');
      if (input.preview) return c.json(await previewImport(store, config, input, null), 200);
      const started = await importNewTable(store, config, input, afterBatch);
      const { status: code, body } = await reply(started, input.async);
      return c.json(body, code);
    })
    .openapi(createRoute(importApi.status), async (c) =>
      c.json(await getImport(store, c.req.valid('param').importId), 200),
    )
    .openapi(createRoute(importApi.errorsCsv), async (c) => {
      // Unknown imports answer 404 before the download starts.
      const { importId } = await getImport(store, c.req.valid('param').importId);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="import-${importId}-errors.csv"`);
      c.header('cache-control', 'no-store');
      const body = Readable.from(importErrorsCsv(store, importId));
      return c.body(Readable.toWeb(body) as ReadableStream, 200) as never;
    });
}
