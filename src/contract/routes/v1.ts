import { z } from 'zod';
import { V1ErrorBody, V1ValidationError } from '../v1/errors.ts';
import {
  V1CreateRowsInput,
  V1DataQuery,
  V1DeleteRowsInput,
  V1Row,
  V1TableData,
  V1UpdateRowsInput,
} from '../v1/rows.ts';
import { V1RunInput, V1RunOutput } from '../v1/runs.ts';
import { V1CreateTableInput, V1TableHeader, V1TableWithStatus } from '../v1/tables.ts';
import { declareRoute, json, jsonBody } from './route.ts';

const TableParams = z.object({ tableId: z.string() });
const tags = ['Extruct-compatible (/v1)'];
/** FastAPI's answers: 422 with pydantic's `detail` items, 404 with a `detail` message. */
const invalid = { 422: json(V1ValidationError, 'Invalid input: pydantic-style detail items') };
const notFound = { 404: json(V1ErrorBody, 'Not found') };

/**
 * The Extruct-compatible surface, at /v1 (paths here are under it, not under /api). Declared for the
 * OpenAPI document and routed from these declarations; its handlers read their own input, so a
 * refusal keeps FastAPI's 422 shape (docs/v1.md).
 */
export const extructApi = {
  createTable: declareRoute({
    method: 'post',
    path: '/tables',
    tags,
    summary: 'Create a table with its column configs (and empty rows, num_rows)',
    request: jsonBody(V1CreateTableInput),
    responses: { 200: json(V1TableHeader, 'The table'), ...invalid },
  }),
  getTable: declareRoute({
    method: 'get',
    path: '/tables/{tableId}',
    tags,
    summary: 'A table with its columns and its run status',
    request: { params: TableParams },
    responses: { 200: json(V1TableWithStatus, 'The table'), ...notFound },
  }),
  data: declareRoute({
    method: 'get',
    path: '/tables/{tableId}/data',
    tags,
    summary: 'The table, its status and a page of rows; without limit every row, streamed',
    request: { params: TableParams, query: V1DataQuery },
    responses: { 200: json(V1TableData, 'The table and its rows'), ...invalid, ...notFound },
  }),
  createRows: declareRoute({
    method: 'post',
    path: '/tables/{tableId}/rows',
    tags,
    summary: 'Add rows (and run their AI cells with run: true)',
    request: { params: TableParams, ...jsonBody(V1CreateRowsInput) },
    responses: { 200: json(z.array(V1Row), 'The rows made'), ...invalid, ...notFound },
  }),
  updateRows: declareRoute({
    method: 'patch',
    path: '/tables/{tableId}/rows',
    tags,
    summary: 'Change the keys sent of each row (and run their AI cells with run: true)',
    request: { params: TableParams, ...jsonBody(V1UpdateRowsInput) },
    responses: { 200: json(z.array(V1Row), 'The rows as they are now'), ...invalid, ...notFound },
  }),
  deleteRows: declareRoute({
    method: 'delete',
    path: '/tables/{tableId}/rows',
    tags,
    summary: 'Delete rows by id',
    request: { params: TableParams, ...jsonBody(V1DeleteRowsInput) },
    responses: { 200: json(z.object({ deleted: z.number().int() }), 'How many'), ...invalid, ...notFound },
  }),
  getRow: declareRoute({
    method: 'get',
    path: '/tables/{tableId}/rows/{rowId}',
    tags,
    summary: 'One row with its cells',
    request: { params: z.object({ tableId: z.string(), rowId: z.string() }) },
    responses: { 200: json(V1Row, 'The row'), ...notFound },
  }),
  run: declareRoute({
    method: 'post',
    path: '/tables/{tableId}/run',
    tags,
    summary:
      "Run the table's AI cells (new, all, failed…), scoped to rows and columns; no body runs new cells",
    request: {
      params: TableParams,
      body: { content: { 'application/json': { schema: V1RunInput } }, required: false },
    },
    responses: { 200: json(V1RunOutput, 'The run'), ...invalid, ...notFound },
  }),
};
