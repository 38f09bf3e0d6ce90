import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { historyApi } from '../../../contract/routes/history.ts';
import { rollbackRow, rowHistoryEntries, tableHistory } from '../../services/rows/history.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function historyRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(historyApi.table), async (c) =>
      c.json(await tableHistory(store, c.req.valid('param').id, c.req.valid('query').limit), 200),
    )
    .openapi(createRoute(historyApi.row), async (c) => {
      const { id, rowId } = c.req.valid('param');
      return c.json(await rowHistoryEntries(store, id, rowId, c.req.valid('query').limit), 200);
    })
    .openapi(createRoute(historyApi.rollback), async (c) => {
      const { id, rowId } = c.req.valid('param');
      const restored = await rollbackRow(store, id, rowId, c.req.valid('json').historyEntryId);
      return c.json({ ok: true as const, row: restored }, 200);
    });
}
