import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CellDetail } from '../../../contract/cells.ts';
import { CLIENT_HEADER } from '../../../contract/runs.ts';
import { VerifiedCells, VerifyInput } from '../../../contract/verified.ts';
import { cellColumn, cellDetail } from '../../services/engine/cell-detail.ts';
import { listVerified } from '../../services/learning/verified-list.ts';
import { unverifyCell, verifyCell } from '../../services/learning/verify-cell.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json } from '../openapi.ts';

const CellParams = z.object({
  id: z.string(),
  rowId: z.string(),
  column: z.string().describe('AI column name or id'),
});
const ColumnParams = z.object({ id: z.string(), column: z.string().describe('AI column name or id') });
const tags = ['Verified cells'];

const verify = createRoute({
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
});

const unverify = createRoute({
  method: 'delete',
  path: '/tables/{id}/rows/{rowId}/cells/{column}/verify',
  tags,
  summary: 'Remove the verified mark (and the lock): runs may replace the value again',
  request: { params: CellParams },
  responses: { 200: json(CellDetail, 'The cell'), 404: errors[404] },
});

const list = createRoute({
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
});

export function verifiedRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(verify, async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      // The body is optional: no body (or no value) confirms the answer as it is.
      const parsed: VerifyInput = c.req.valid('json') ?? {};
      const table = await store.tables.get(id);
      const target = cellColumn(table, column);
      const by = parsed.by ?? (c.req.header(CLIENT_HEADER) === 'app' ? 'app' : 'api');
      await verifyCell(store, table, rowId, target, parsed, by);
      return c.json(await cellDetail(store, await store.tables.get(id), rowId, target), 200);
    })
    .openapi(unverify, async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      const target = cellColumn(table, column);
      await unverifyCell(store, table, rowId, target);
      return c.json(await cellDetail(store, await store.tables.get(id), rowId, target), 200);
    })
    .openapi(list, async (c) => {
      const { id, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      return c.json(
        await listVerified(store, table, cellColumn(table, column), c.req.valid('query').limit),
        200,
      );
    });
}
