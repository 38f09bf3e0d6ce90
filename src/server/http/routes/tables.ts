import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { tableApi } from '../../../contract/routes/tables.ts';
import { tableStatus } from '../../services/engine/table-status.ts';
import type { Store } from '../../services/store/store.ts';
import { createTable, deleteTable, getTable, listTables, updateTable } from '../../services/tables/tables.ts';
import { createFromTemplate } from '../../services/templates/templates.ts';
import { validationHook } from '../errors.ts';

export function tableRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(tableApi.list), async (c) =>
      c.json(await listTables(store, c.req.valid('query')), 200),
    )
    .openapi(createRoute(tableApi.create), async (c) => {
      const input = c.req.valid('json');
      const { templateId } = input;
      const table =
        templateId === undefined
          ? await createTable(store, input)
          : await createFromTemplate(store, { ...input, templateId });
      return c.json(table, 201);
    })
    .openapi(createRoute(tableApi.get), async (c) => {
      const table = await getTable(store, c.req.valid('param').id);
      return c.json({ ...table, status: await tableStatus(store, await store.tables.get(table.id)) }, 200);
    })
    .openapi(createRoute(tableApi.update), async (c) =>
      c.json(await updateTable(store, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(createRoute(tableApi.remove), async (c) => {
      await deleteTable(store, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
