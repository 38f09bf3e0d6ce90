import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ConflictBody,
  DeleteRowsInput,
  DeleteRowsResult,
  InsertRowsInput,
  ListRowsQuery,
  Row,
  UpdateRowInput,
} from '../../../contract/rows.ts';
import { NotFoundError } from '../../services/errors.ts';
import type { RowAccess } from '../../services/row-access.ts';
import { expectedVersion, updateRow } from '../../services/row-writes.ts';
import { getRow } from '../../services/rows.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const RowParams = z.object({ id: z.string(), rowId: z.string() });
const tags = ['Rows'];

const list = createRoute({
  method: 'get',
  path: '/tables/{id}/rows',
  tags,
  summary: 'Query rows with filters, sorts and pagination; X-Total-Count gives the number matching',
  request: { params: TableParams, query: ListRowsQuery },
  responses: {
    200: {
      ...json(z.array(Row), 'One page of rows'),
      headers: z.object({ 'X-Total-Count': z.string().describe('Rows matching the filters, all pages') }),
    },
    ...errors,
  },
});

const insert = createRoute({
  method: 'post',
  path: '/tables/{id}/rows',
  tags,
  summary: 'Insert 1-1000 rows; all or nothing',
  request: { params: TableParams, ...jsonBody(InsertRowsInput) },
  responses: { 201: json(z.array(Row), 'The created rows'), ...errors },
});

const get = createRoute({
  method: 'get',
  path: '/tables/{id}/rows/{rowId}',
  tags,
  summary: 'Get one row',
  request: { params: RowParams },
  responses: { 200: json(Row, 'The row'), 404: errors[404] },
});

const update = createRoute({
  method: 'patch',
  path: '/tables/{id}/rows/{rowId}',
  tags,
  summary: "Replace a row's data; name the version you read (If-Match or version) to detect conflicts",
  request: {
    params: RowParams,
    headers: z.object({ 'if-match': z.string().optional().describe('Row version you last read') }),
    ...jsonBody(UpdateRowInput),
  },
  responses: { 200: json(Row, 'The updated row'), ...errors, 409: json(ConflictBody, 'Version conflict') },
});

const remove = createRoute({
  method: 'delete',
  path: '/tables/{id}/rows/{rowId}',
  tags,
  summary: 'Delete one row',
  request: { params: RowParams },
  responses: { 204: { description: 'Deleted' }, 404: errors[404] },
});

const removeMany = createRoute({
  method: 'post',
  path: '/tables/{id}/rows/delete',
  tags,
  summary: 'Delete up to 1000 rows by id',
  request: { params: TableParams, ...jsonBody(DeleteRowsInput) },
  responses: { 200: json(DeleteRowsResult, 'How many rows were deleted'), ...errors },
});

export function rowRoutes(store: Store, rows: RowAccess) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => {
      const page = await rows.page(c.req.valid('param').id, c.req.valid('query'));
      c.header('X-Total-Count', String(page.total));
      c.header('content-type', 'application/json');
      // The body is the JSON of Row[] as the route declares, serialized once and kept for repeats.
      return c.body(page.body, 200) as never;
    })
    .openapi(insert, async (c) =>
      c.json(await rows.insert(c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(removeMany, async (c) => {
      const deleted = await rows.delete(c.req.valid('param').id, c.req.valid('json').ids);
      return c.json({ deleted }, 200);
    })
    .openapi(get, async (c) => {
      const { id, rowId } = c.req.valid('param');
      return c.json(await getRow(store.db, await store.tables.get(id), rowId), 200);
    })
    .openapi(update, async (c) => {
      const { id, rowId } = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = expectedVersion(c.req.valid('header')['if-match'], body.version);
      return c.json(await updateRow(store, id, rowId, body, expected), 200);
    })
    .openapi(remove, async (c) => {
      const { id, rowId } = c.req.valid('param');
      if ((await rows.delete(id, [rowId])) === 0) throw new NotFoundError('Row not found');
      return c.body(null, 204);
    });
}
