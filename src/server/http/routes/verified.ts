import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { verifiedApi } from '../../../contract/routes/verified.ts';
import { CLIENT_HEADER } from '../../../contract/runs.ts';
import type { VerifyInput } from '../../../contract/verified.ts';
import { cellColumn, cellDetail } from '../../services/engine/cell-detail.ts';
import { listVerified } from '../../services/learning/verified-list.ts';
import { unverifyCell, verifyCell } from '../../services/learning/verify-cell.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function verifiedRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(verifiedApi.verify), async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      // The body is optional: no body (or no value) confirms the answer as it is.
      const parsed: VerifyInput = c.req.valid('json') ?? {};
      const table = await store.tables.get(id);
      const target = cellColumn(table, column);
      const by = parsed.by ?? (c.req.header(CLIENT_HEADER) === 'app' ? 'app' : 'api');
      await verifyCell(store, table, rowId, target, parsed, by);
      return c.json(await cellDetail(store, await store.tables.get(id), rowId, target), 200);
    })
    .openapi(createRoute(verifiedApi.unverify), async (c) => {
      const { id, rowId, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      const target = cellColumn(table, column);
      await unverifyCell(store, table, rowId, target);
      return c.json(await cellDetail(store, await store.tables.get(id), rowId, target), 200);
    })
    .openapi(createRoute(verifiedApi.list), async (c) => {
      const { id, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      return c.json(
        await listVerified(store, table, cellColumn(table, column), c.req.valid('query').limit),
        200,
      );
    });
}
