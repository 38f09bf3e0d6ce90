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
import type { Db } from '../../db/database.ts';
import { CountCache } from '../../services/count-cache.ts';
import { NotFoundError } from '../../services/errors.ts';
import { deleteRows, expectedVersion, getRow, insertRows, listRows, updateRow } from '../../services/rows.ts';
import type { TableMaintenance } from '../../services/table-maintenance.ts';
import { loadTable } from '../../services/table-meta.ts';
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

export function rowRoutes(db: Db, maintenance: TableMaintenance) {
  const counts = new CountCache();
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => {
      const query = c.req.valid('query');
      const { rows, total, table } = await listRows(db, c.req.valid('param').id, query, counts);
      maintenance.afterQuery(table, query.sorts, query.filters);
      c.header('X-Total-Count', String(total));
      return c.json(rows, 200);
    })
    .openapi(insert, async (c) => {
      const { id } = c.req.valid('param');
      const rows = await insertRows(db, id, c.req.valid('json'));
      maintenance.afterWrite(id, rows.length);
      return c.json(rows, 201);
    })
    .openapi(removeMany, async (c) => {
      const { id } = c.req.valid('param');
      const deleted = await deleteRows(db, id, c.req.valid('json').ids);
      maintenance.afterWrite(id, deleted);
      return c.json({ deleted }, 200);
    })
    .openapi(get, async (c) => {
      const { id, rowId } = c.req.valid('param');
      return c.json(await getRow(db, await loadTable(db, id), rowId), 200);
    })
    .openapi(update, async (c) => {
      const { id, rowId } = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = expectedVersion(c.req.valid('header')['if-match'], body.version);
      return c.json(await updateRow(db, id, rowId, body, expected), 200);
    })
    .openapi(remove, async (c) => {
      const { id, rowId } = c.req.valid('param');
      if ((await deleteRows(db, id, [rowId])) === 0) throw new NotFoundError('Row not found');
      return c.body(null, 204);
    });
}
