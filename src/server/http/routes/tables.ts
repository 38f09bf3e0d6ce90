import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreateTableInput,
  ListTablesQuery,
  Table,
  TableSummary,
  TableWithStatus,
  UpdateTableInput,
} from '../../../contract/tables.ts';
import { tableStatus } from '../../services/engine/table-status.ts';
import type { Store } from '../../services/store.ts';
import { createTable, deleteTable, getTable, listTables, updateTable } from '../../services/tables.ts';
import { createFromTemplate } from '../../services/templates/templates.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const tags = ['Tables'];

const list = createRoute({
  method: 'get',
  path: '/tables',
  tags,
  summary: 'List tables, optionally by project, source or name',
  request: { query: ListTablesQuery },
  responses: { 200: json(z.array(TableSummary), 'Tables with their row counts'), 400: errors[400] },
});

const create = createRoute({
  method: 'post',
  path: '/tables',
  tags,
  summary: 'Create a table with optional columns, or clone a template (templateId, includeSampleData)',
  request: jsonBody(CreateTableInput),
  responses: { 201: json(Table, 'The new table with its columns'), ...errors },
});

const get = createRoute({
  method: 'get',
  path: '/tables/{id}',
  tags,
  summary: 'Get a table with its columns and the status of its AI work',
  request: { params: TableParams },
  responses: { 200: json(TableWithStatus, 'The table'), 404: errors[404] },
});

const update = createRoute({
  method: 'patch',
  path: '/tables/{id}',
  tags,
  summary: 'Rename a table, change its description or project',
  request: { params: TableParams, ...jsonBody(UpdateTableInput) },
  responses: { 200: json(Table, 'The updated table'), ...errors },
});

const remove = createRoute({
  method: 'delete',
  path: '/tables/{id}',
  tags,
  summary: 'Delete a table with its rows, columns and history',
  request: { params: TableParams },
  responses: { 204: { description: 'Deleted' }, 404: errors[404] },
});

export function tableRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => c.json(await listTables(store, c.req.valid('query')), 200))
    .openapi(create, async (c) => {
      const input = c.req.valid('json');
      const { templateId } = input;
      const table =
        templateId === undefined
          ? await createTable(store, input)
          : await createFromTemplate(store, { ...input, templateId });
      return c.json(table, 201);
    })
    .openapi(get, async (c) => {
      const table = await getTable(store, c.req.valid('param').id);
      return c.json({ ...table, status: await tableStatus(store, await store.tables.get(table.id)) }, 200);
    })
    .openapi(update, async (c) =>
      c.json(await updateTable(store, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      await deleteTable(store, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
