import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  HistoryEntry,
  OkBody,
  RollbackInput,
  RowHistoryQuery,
  TableHistoryQuery,
} from '../../../contract/history.ts';
import { rollbackRow, rowHistoryEntries, tableHistory } from '../../services/history.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const tags = ['History'];

const table = createRoute({
  method: 'get',
  path: '/tables/{id}/history',
  tags,
  summary: 'Recent row changes of a table, newest first',
  request: { params: z.object({ id: z.string() }), query: TableHistoryQuery },
  responses: { 200: json(z.array(HistoryEntry), 'History entries'), ...errors },
});

const RowParams = z.object({ id: z.string(), rowId: z.string() });

const row = createRoute({
  method: 'get',
  path: '/tables/{id}/rows/{rowId}/history',
  tags,
  summary: 'Every version of a row, newest first (deleted rows included)',
  request: { params: RowParams, query: RowHistoryQuery },
  responses: { 200: json(z.array(HistoryEntry), 'History entries'), ...errors },
});

const rollback = createRoute({
  method: 'post',
  path: '/tables/{id}/rows/{rowId}/history',
  tags,
  summary: 'Roll a row back to a history entry; a deleted row is restored',
  request: { params: RowParams, ...jsonBody(RollbackInput) },
  responses: { 200: json(OkBody, 'Rolled back'), ...errors },
});

export function historyRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(table, async (c) =>
      c.json(await tableHistory(store, c.req.valid('param').id, c.req.valid('query').limit), 200),
    )
    .openapi(row, async (c) => {
      const { id, rowId } = c.req.valid('param');
      return c.json(await rowHistoryEntries(store, id, rowId, c.req.valid('query').limit), 200);
    })
    .openapi(rollback, async (c) => {
      const { id, rowId } = c.req.valid('param');
      const restored = await rollbackRow(store, id, rowId, c.req.valid('json').historyEntryId);
      return c.json({ ok: true as const, row: restored }, 200);
    });
}
