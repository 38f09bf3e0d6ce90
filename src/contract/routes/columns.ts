import { z } from 'zod';
import {
  AddColumnInput,
  Column,
  ReorderColumnsInput,
  UpdateColumnInput,
  UpdateColumnResult,
} from '../columns.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { TableParams } from './tables.ts';

const ColumnParams = z.object({ id: z.string(), columnId: z.string().describe('Column id or name') });
const tags = ['Columns'];

/** The column routes: add, reorder, update, delete. */
export const columnApi = {
  add: declareRoute({
    method: 'post',
    path: '/tables/{id}/columns',
    tags,
    summary: 'Add a column',
    request: { params: TableParams, ...jsonBody(AddColumnInput) },
    responses: { 201: json(Column, 'The new column'), ...errors },
  }),
  reorder: declareRoute({
    method: 'patch',
    path: '/tables/{id}/columns',
    tags,
    summary: 'Reorder all columns',
    request: { params: TableParams, ...jsonBody(ReorderColumnsInput) },
    responses: { 200: json(z.array(Column), 'Columns in their new order'), ...errors },
  }),
  update: declareRoute({
    method: 'patch',
    path: '/tables/{id}/columns/{columnId}',
    tags,
    summary: 'Rename, retype or reconfigure a column; values are converted on a type change',
    request: { params: ColumnParams, ...jsonBody(UpdateColumnInput) },
    responses: { 200: json(UpdateColumnResult, 'The updated column'), ...errors },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/tables/{id}/columns/{columnId}',
    tags,
    summary: 'Delete a column and its values',
    request: { params: ColumnParams },
    responses: { 204: { description: 'Deleted' }, 404: errors[404] },
  }),
};
