import { z } from 'zod';
import {
  CreateTableInput,
  ListTablesQuery,
  Table,
  TableSummary,
  TableWithStatus,
  UpdateTableInput,
} from '../tables.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';

export const TableParams = z.object({ id: z.string() });
const tags = ['Tables'];

/** The table routes: list, create, get, update, delete. */
export const tableApi = {
  list: declareRoute({
    method: 'get',
    path: '/tables',
    tags,
    summary: 'List tables, optionally by project, source or name',
    request: { query: ListTablesQuery },
    responses: { 200: json(z.array(TableSummary), 'Tables with their row counts'), 400: errors[400] },
  }),
  create: declareRoute({
    method: 'post',
    path: '/tables',
    tags,
    summary: 'Create a table with optional columns, or clone a template (templateId, includeSampleData)',
    request: jsonBody(CreateTableInput),
    responses: { 201: json(Table, 'The new table with its columns'), ...errors },
  }),
  get: declareRoute({
    method: 'get',
    path: '/tables/{id}',
    tags,
    summary: 'Get a table with its columns and the status of its AI work',
    request: { params: TableParams },
    responses: { 200: json(TableWithStatus, 'The table'), 404: errors[404] },
  }),
  update: declareRoute({
    method: 'patch',
    path: '/tables/{id}',
    tags,
    summary: 'Rename a table, change its description or project',
    request: { params: TableParams, ...jsonBody(UpdateTableInput) },
    responses: { 200: json(Table, 'The updated table'), ...errors },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/tables/{id}',
    tags,
    summary: 'Delete a table with its rows, columns and history',
    request: { params: TableParams },
    responses: { 204: { description: 'Deleted' }, 404: errors[404] },
  }),
};
