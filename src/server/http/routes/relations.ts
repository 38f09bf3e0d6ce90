import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { LinkOption, LinkOptionsQuery } from '../../../contract/relations.ts';
import { linkOptions } from '../../services/relations/link-options.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json } from '../openapi.ts';

const options = createRoute({
  method: 'get',
  path: '/tables/{id}/columns/{columnId}/links',
  tags: ['Columns'],
  summary:
    "Rows a relation column can link to, with their display values: by ids (a cell's links) or by search",
  request: { params: z.object({ id: z.string(), columnId: z.string() }), query: LinkOptionsQuery },
  responses: { 200: json(z.array(LinkOption), 'Linkable rows'), ...errors },
});

export function relationRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(options, async (c) => {
    const { id, columnId } = c.req.valid('param');
    return c.json(await linkOptions(store, id, columnId, c.req.valid('query')), 200);
  });
}
