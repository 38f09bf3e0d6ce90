import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { parentRowApi } from '../../../contract/routes/parent-rows.ts';
import { parentRowOf } from '../../services/kinds/parent-row.ts';
import { getRow } from '../../services/rows/rows.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function parentRowRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(
    createRoute(parentRowApi.parent),
    async (c) => {
      const { id, rowId } = c.req.valid('param');
      const table = await store.tables.get(id);
      const row = await getRow(store, table, rowId);
      return c.json({ parent: await parentRowOf(store, table, row) }, 200);
    },
  );
}
