import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ParentOfRow } from '../../../contract/parent-rows.ts';
import { parentRowOf } from '../../services/kinds/parent-row.ts';
import { getRow } from '../../services/rows.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json } from '../openapi.ts';

const parent = createRoute({
  method: 'get',
  path: '/tables/{id}/rows/{rowId}/parent',
  tags: ['Rows'],
  summary: "A child row's parent row (the company a person was found for), or null",
  request: { params: z.object({ id: z.string(), rowId: z.string() }) },
  responses: { 200: json(ParentOfRow, 'The parent row, as it is now'), 404: errors[404] },
});

export function parentRowRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(parent, async (c) => {
    const { id, rowId } = c.req.valid('param');
    const table = await store.tables.get(id);
    const row = await getRow(store.db, table, rowId);
    return c.json({ parent: await parentRowOf(store, table, row) }, 200);
  });
}
