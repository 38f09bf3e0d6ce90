import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { verifiedApi } from '../../../contract/routes/verified.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { cellColumn } from '../../services/engine/cell-detail.ts';
import { evaluateColumn } from '../../services/learning/evaluate.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function evaluateRoutes(store: Store, providers: Providers, options: { timeoutMs: number }) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(
    createRoute(verifiedApi.evaluate),
    async (c) => {
      const { id, column } = c.req.valid('param');
      const table = await store.tables.get(id);
      return c.json(
        await evaluateColumn(
          store,
          providers,
          table,
          cellColumn(table, column),
          c.req.valid('json'),
          options,
        ),
        200,
      );
    },
  );
}
