import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CellDetail, TableStatus } from '../../../contract/cells.ts';
import { Changes, ChangesQuery } from '../../../contract/changes.ts';
import { cellColumn, cellDetail } from '../../services/engine/cell-detail.ts';
import { unlockCell } from '../../services/engine/person-edits.ts';
import { changesSince } from '../../services/engine/table-changes-feed.ts';
import { tableStatus } from '../../services/engine/table-status.ts';
import { getRow } from '../../services/rows.ts';
import type { Store } from '../../services/store.ts';
import { advanceTableVersion } from '../../services/table-changes.ts';
import { validationHook } from '../errors.ts';
import { errors, json } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const CellParams = z.object({
  id: z.string(),
  rowId: z.string(),
  column: z.string().describe('AI column name or id'),
});
const tags = ['AI cells'];

const status = createRoute({
  method: 'get',
  path: '/tables/{id}/status',
  tags,
  summary: "The table's AI status (run_status, cell counts) and version: small enough to poll",
  request: { params: TableParams },
  responses: { 200: json(TableStatus, 'Status'), 404: errors[404] },
});

const changes = createRoute({
  method: 'get',
  path: '/tables/{id}/changes',
  tags,
  summary:
    'What changed since a version: rows as they are now (with their cells), deleted rows, column changes',
  request: { params: TableParams, query: ChangesQuery },
  responses: { 200: json(Changes, 'Changes'), ...errors },
});

const detail = createRoute({
  method: 'get',
  path: '/tables/{id}/rows/{rowId}/cells/{column}',
  tags,
  summary:
    'One AI cell: prompt as sent, raw answer, value, error, provider, model, tokens, latency, attempts',
  request: { params: CellParams },
  responses: { 200: json(CellDetail, 'The cell'), 404: errors[404] },
});

const unlock = createRoute({
  method: 'post',
  path: '/tables/{id}/rows/{rowId}/cells/{column}/unlock',
  tags,
  summary: 'Unlock a cell a person edited, so reruns may replace its value',
  request: { params: CellParams },
  responses: { 200: json(CellDetail, 'The cell'), 404: errors[404] },
});

export function cellRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(status, async (c) =>
      c.json(await tableStatus(store, await store.tables.get(c.req.valid('param').id)), 200),
    )
    .openapi(changes, async (c) => {
      const { since, limit } = c.req.valid('query');
      return c.json(
        await changesSince(store, await store.tables.get(c.req.valid('param').id), since, limit),
        200,
      );
    })
    .openapi(detail, async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      return c.json(await cellDetail(store, table, rowId, cellColumn(table, column)), 200);
    })
    .openapi(unlock, async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      const target = cellColumn(table, column);
      const row = await getRow(store.db, table, rowId);
      await store.db.transaction(async (tx) => {
        await advanceTableVersion(store, tx, id);
        await unlockCell(tx, table, row.id, target);
      });
      return c.json(await cellDetail(store, await store.tables.get(id), rowId, target), 200);
    });
}
