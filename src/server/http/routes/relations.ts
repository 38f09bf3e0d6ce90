import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { relationApi } from '../../../contract/routes/relations.ts';
import { linkOptions } from '../../services/relations/link-options.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function relationRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(
    createRoute(relationApi.options),
    async (c) => {
      const { id, columnId } = c.req.valid('param');
      return c.json(await linkOptions(store, id, columnId, c.req.valid('query')), 200);
    },
  );
}
