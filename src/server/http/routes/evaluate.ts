import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { EvaluateInput, EvaluateResult } from '../../../contract/evaluate.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { cellColumn } from '../../services/engine/cell-detail.ts';
import { evaluateColumn } from '../../services/learning/evaluate.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json } from '../openapi.ts';

const evaluate = createRoute({
  method: 'post',
  path: '/tables/{id}/columns/{column}/evaluate',
  tags: ['Verified cells'],
  summary:
    "Run the column's settings, or up to three variants, on its verified cells only and score them against the people's answers (accuracy, confusion table, tokens, cost per 1,000 rows, latency). Changes no cell",
  request: {
    params: z.object({ id: z.string(), column: z.string().describe('AI column name or id') }),
    body: { content: { 'application/json': { schema: EvaluateInput } } },
  },
  responses: { 200: json(EvaluateResult, 'Each variant, in the order given'), ...errors },
});

export function evaluateRoutes(store: Store, providers: Providers, options: { timeoutMs: number }) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(evaluate, async (c) => {
    const { id, column } = c.req.valid('param');
    const table = await store.tables.get(id);
    return c.json(
      await evaluateColumn(store, providers, table, cellColumn(table, column), c.req.valid('json'), options),
      200,
    );
  });
}
