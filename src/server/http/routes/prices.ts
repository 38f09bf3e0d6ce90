import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { priceApi } from '../../../contract/routes/prices.ts';
import { LISTED_ON } from '../../services/ai/list-prices.ts';
import type { PriceBook } from '../../services/ai/price-book.ts';
import { validationHook } from '../errors.ts';

export function priceRoutes(prices: PriceBook) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(priceApi.list), async (c) =>
      c.json({ prices: await prices.list(), listedOn: LISTED_ON }, 200),
    )
    .openapi(createRoute(priceApi.set), async (c) => c.json(await prices.set(c.req.valid('json')), 200))
    .openapi(createRoute(priceApi.remove), async (c) => {
      await prices.remove(c.req.valid('query').model);
      return c.body(null, 204);
    });
}
