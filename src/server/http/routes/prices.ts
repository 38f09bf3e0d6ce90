import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ModelPrice, ModelPriceInput, ModelPrices, ModelQuery } from '../../../contract/prices.ts';
import { LISTED_ON } from '../../services/ai/list-prices.ts';
import type { PriceBook } from '../../services/ai/price-book.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const tags = ['AI settings'];

const list = createRoute({
  method: 'get',
  path: '/ai/prices',
  tags,
  summary: 'Prices per model: those set here, then the public list prices (dollars per million tokens)',
  responses: { 200: json(ModelPrices, 'Prices') },
});

const set = createRoute({
  method: 'put',
  path: '/ai/prices',
  tags,
  summary:
    "Set a model's price (exact model name); it overrides the list price for estimates, costs and budgets",
  request: jsonBody(ModelPriceInput),
  responses: { 200: json(ModelPrice, 'The price as set'), 400: errors[400] },
});

const remove = createRoute({
  method: 'delete',
  path: '/ai/prices',
  tags,
  summary: 'Remove a price set here: the model goes back to its list price, if it has one',
  request: { query: ModelQuery },
  responses: { 204: { description: 'Removed' }, ...errors },
});

export function priceRoutes(prices: PriceBook) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => c.json({ prices: await prices.list(), listedOn: LISTED_ON }, 200))
    .openapi(set, async (c) => c.json(await prices.set(c.req.valid('json')), 200))
    .openapi(remove, async (c) => {
      await prices.remove(c.req.valid('query').model);
      return c.body(null, 204);
    });
}
