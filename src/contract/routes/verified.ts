import { z } from 'zod';
import { CellDetail } from '../cells.ts';
import { EvaluateInput, EvaluateResult } from '../evaluate.ts';
import { VerifiedCells, VerifyInput } from '../verified.ts';
import { declareRoute, errors, json } from './route.ts';

const CellParams = z.object({
  id: z.string(),
  rowId: z.string(),
  column: z.string().describe('AI column name or id'),
});
const ColumnParams = z.object({ id: z.string(), column: z.string().describe('AI column name or id') });
const tags = ['Verified cells'];

/** The verified-cell routes: mark a cell's answer right (or correct it), list them, evaluate on them. */
export const verifiedApi = {
  verify: declareRoute({
    method: 'post',
    path: '/tables/{id}/rows/{rowId}/cells/{column}/verify',
    tags,
    summary:
      'Verify an AI cell: confirm its answer (no body), or correct it with { value }. Reruns keep it; the column learns from it',
    request: {
      params: CellParams,
      body: { content: { 'application/json': { schema: VerifyInput } }, required: false },
    },
    responses: { 200: json(CellDetail, 'The cell'), ...errors },
  }),
  unverify: declareRoute({
    method: 'delete',
    path: '/tables/{id}/rows/{rowId}/cells/{column}/verify',
    tags,
    summary: 'Remove the verified mark (and the lock): runs may replace the value again',
    request: { params: CellParams },
    responses: { 200: json(CellDetail, 'The cell'), 404: errors[404] },
  }),
  list: declareRoute({
    method: 'get',
    path: '/tables/{id}/columns/{column}/verified',
    tags,
    summary:
      "A column's verified cells, newest first, with their inputs, and whether the column learns from them",
    request: {
      params: ColumnParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
    },
    responses: { 200: json(VerifiedCells, 'Verified cells'), 404: errors[404] },
  }),
  evaluate: declareRoute({
    method: 'post',
    path: '/tables/{id}/columns/{column}/evaluate',
    tags,
    summary:
      "Run the column's settings, or up to three variants, on its verified cells only and score them against the people's answers (accuracy, confusion table, tokens, cost per 1,000 rows, latency). Changes no cell",
    // Declared without `required`, as it always was: a body without a JSON content type reads as {}.
    request: { params: ColumnParams, body: { content: { 'application/json': { schema: EvaluateInput } } } },
    responses: { 200: json(EvaluateResult, 'Each variant, in the order given'), ...errors },
  }),
};
