import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { cellApi } from '../../../contract/routes/cells.ts';
import { cellColumn, cellDetail } from '../../services/engine/cell-detail.ts';
import { unlockCell } from '../../services/engine/person-edits.ts';
import { changesSince } from '../../services/engine/table-changes-feed.ts';
import { tableStatus } from '../../services/engine/table-status.ts';
import { getRow } from '../../services/rows/rows.ts';
import type { Store } from '../../services/store/store.ts';
import { advanceTableVersion } from '../../services/store/table-changes.ts';
import { validationHook } from '../errors.ts';

export function cellRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(cellApi.status), async (c) =>
      c.json(await tableStatus(store, await store.tables.get(c.req.valid('param').id)), 200),
    )
    .openapi(createRoute(cellApi.changes), async (c) => {
      const { since, limit } = c.req.valid('query');
      return c.json(
        await changesSince(store, await store.tables.get(c.req.valid('param').id), since, limit),
        200,
      );
    })
    .openapi(createRoute(cellApi.detail), async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      return c.json(await cellDetail(store, table, rowId, cellColumn(table, column)), 200);
    })
    .openapi(createRoute(cellApi.unlock), async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      const target = cellColumn(table, column);
      const row = await getRow(store, table, rowId);
      await store.db.transaction(async (tx) => {
        await advanceTableVersion(store, tx, id);
        await unlockCell(tx, table, row.id, target);
      });
      return c.json(await cellDetail(store, await store.tables.get(id), rowId, target), 200);
    });
}
