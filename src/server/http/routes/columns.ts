import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  AddColumnInput,
  Column,
  ReorderColumnsInput,
  UpdateColumnInput,
  UpdateColumnResult,
} from '../../../contract/columns.ts';
import { addColumn, deleteColumn, reorderColumns, updateColumn } from '../../services/columns.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const ColumnParams = z.object({ id: z.string(), columnId: z.string().describe('Column id or name') });
const tags = ['Columns'];

const add = createRoute({
  method: 'post',
  path: '/tables/{id}/columns',
  tags,
  summary: 'Add a column',
  request: { params: TableParams, ...jsonBody(AddColumnInput) },
  responses: { 201: json(Column, 'The new column'), ...errors },
});

const reorder = createRoute({
  method: 'patch',
  path: '/tables/{id}/columns',
  tags,
  summary: 'Reorder all columns',
  request: { params: TableParams, ...jsonBody(ReorderColumnsInput) },
  responses: { 200: json(z.array(Column), 'Columns in their new order'), ...errors },
});

const update = createRoute({
  method: 'patch',
  path: '/tables/{id}/columns/{columnId}',
  tags,
  summary: 'Rename, retype or reconfigure a column; values are converted on a type change',
  request: { params: ColumnParams, ...jsonBody(UpdateColumnInput) },
  responses: { 200: json(UpdateColumnResult, 'The updated column'), ...errors },
});

const remove = createRoute({
  method: 'delete',
  path: '/tables/{id}/columns/{columnId}',
  tags,
  summary: 'Delete a column and its values',
  request: { params: ColumnParams },
  responses: { 204: { description: 'Deleted' }, 404: errors[404] },
});

export function columnRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(add, async (c) =>
      c.json(await addColumn(store, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(reorder, async (c) =>
      c.json(await reorderColumns(store, c.req.valid('param').id, c.req.valid('json').columnIds), 200),
    )
    .openapi(update, async (c) => {
      const { id, columnId } = c.req.valid('param');
      return c.json(await updateColumn(store, id, columnId, c.req.valid('json')), 200);
    })
    .openapi(remove, async (c) => {
      const { id, columnId } = c.req.valid('param');
      await deleteColumn(store, id, columnId);
      return c.body(null, 204);
    });
}
