import { z } from 'zod';
import { CellDetail, TableStatus } from '../cells.ts';
import { Changes, ChangesQuery } from '../changes.ts';
import { declareRoute, errors, json } from './route.ts';
import { TableParams } from './tables.ts';

const CellParams = z.object({
  id: z.string(),
  rowId: z.string(),
  column: z.string().describe('AI column name or id'),
});
const tags = ['AI cells'];

/** The AI cell routes: the table's status and change feed, one cell's detail, unlocking a cell. */
export const cellApi = {
  status: declareRoute({
    method: 'get',
    path: '/tables/{id}/status',
    tags,
    summary: "The table's AI status (run_status, cell counts) and version: small enough to poll",
    request: { params: TableParams },
    responses: { 200: json(TableStatus, 'Status'), 404: errors[404] },
  }),
  changes: declareRoute({
    method: 'get',
    path: '/tables/{id}/changes',
    tags,
    summary:
      'What changed since a version: rows as they are now (with their cells), deleted rows, column changes',
    request: { params: TableParams, query: ChangesQuery },
    responses: { 200: json(Changes, 'Changes'), ...errors },
  }),
  detail: declareRoute({
    method: 'get',
    path: '/tables/{id}/rows/{rowId}/cells/{column}',
    tags,
    summary:
      'One AI cell: prompt as sent, raw answer, value, error, provider, model, tokens, latency, attempts',
    request: { params: CellParams },
    responses: { 200: json(CellDetail, 'The cell'), 404: errors[404] },
  }),
  unlock: declareRoute({
    method: 'post',
    path: '/tables/{id}/rows/{rowId}/cells/{column}/unlock',
    tags,
    summary: 'Unlock a cell a person edited, so reruns may replace its value',
    request: { params: CellParams },
    responses: { 200: json(CellDetail, 'The cell'), 404: errors[404] },
  }),
};
