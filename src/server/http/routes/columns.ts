import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { columnApi } from '../../../contract/routes/columns.ts';
import { addColumn, deleteColumn, reorderColumns, updateColumn } from '../../services/columns/columns.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function columnRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(columnApi.add), async (c) =>
      c.json(await addColumn(store, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(createRoute(columnApi.reorder), async (c) =>
      c.json(await reorderColumns(store, c.req.valid('param').id, c.req.valid('json').columnIds), 200),
    )
    .openapi(createRoute(columnApi.update), async (c) => {
      const { id, columnId } = c.req.valid('param');
      return c.json(await updateColumn(store, id, columnId, c.req.valid('json')), 200);
    })
    .openapi(createRoute(columnApi.remove), async (c) => {
      const { id, columnId } = c.req.valid('param');
      await deleteColumn(store, id, columnId);
      return c.body(null, 204);
    });
}
