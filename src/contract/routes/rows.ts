import { z } from 'zod';
import {
  ConflictBody,
  DeleteRowsInput,
  DeleteRowsResult,
  InsertRowsInput,
  ListRowsQuery,
  Row,
  UpdateRowInput,
} from '../rows.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { TableParams } from './tables.ts';

export const RowParams = z.object({ id: z.string(), rowId: z.string() });
const tags = ['Rows'];

/** The row routes: query, insert, get, update, delete one or many. */
export const rowApi = {
  list: declareRoute({
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
  }),
  insert: declareRoute({
    method: 'post',
    path: '/tables/{id}/rows',
    tags,
    summary: 'Insert 1-1000 rows; all or nothing',
    request: { params: TableParams, ...jsonBody(InsertRowsInput) },
    responses: { 201: json(z.array(Row), 'The created rows'), ...errors },
  }),
  get: declareRoute({
    method: 'get',
    path: '/tables/{id}/rows/{rowId}',
    tags,
    summary: 'Get one row',
    request: { params: RowParams },
    responses: { 200: json(Row, 'The row'), 404: errors[404] },
  }),
  update: declareRoute({
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
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/tables/{id}/rows/{rowId}',
    tags,
    summary: 'Delete one row',
    request: { params: RowParams },
    responses: { 204: { description: 'Deleted' }, 404: errors[404] },
  }),
  removeMany: declareRoute({
    method: 'post',
    path: '/tables/{id}/rows/delete',
    tags,
    summary: 'Delete up to 1000 rows by id',
    request: { params: TableParams, ...jsonBody(DeleteRowsInput) },
    responses: { 200: json(DeleteRowsResult, 'How many rows were deleted'), ...errors },
  }),
};
