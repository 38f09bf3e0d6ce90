import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rowApi } from '../../../contract/routes/rows.ts';
import type { RowAccess } from '../../services/rows/row-access.ts';
import { expectedVersion, updateRow } from '../../services/rows/row-writes.ts';
import { getRow } from '../../services/rows/rows.ts';
import { NotFoundError } from '../../services/store/errors.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function rowRoutes(store: Store, rows: RowAccess) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(rowApi.list), async (c) => {
      const page = await rows.page(c.req.valid('param').id, c.req.valid('query'));
      c.header('X-Total-Count', String(page.total));
      c.header('content-type', 'application/json');
      // The body is the JSON of Row[] as the route declares, serialized once and kept for repeats.
      return c.body(page.body, 200) as never;
    })
    .openapi(createRoute(rowApi.insert), async (c) =>
      c.json(await rows.insert(c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(createRoute(rowApi.removeMany), async (c) => {
      const deleted = await rows.delete(c.req.valid('param').id, c.req.valid('json').ids);
      return c.json({ deleted }, 200);
    })
    .openapi(createRoute(rowApi.get), async (c) => {
      const { id, rowId } = c.req.valid('param');
      return c.json(await getRow(store, await store.tables.get(id), rowId), 200);
    })
    .openapi(createRoute(rowApi.update), async (c) => {
      const { id, rowId } = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = expectedVersion(c.req.valid('header')['if-match'], body.version);
      return c.json(await updateRow(store, id, rowId, body, expected), 200);
    })
    .openapi(createRoute(rowApi.remove), async (c) => {
      const { id, rowId } = c.req.valid('param');
      if ((await rows.delete(id, [rowId])) === 0) throw new NotFoundError('Row not found');
      return c.body(null, 204);
    });
}
