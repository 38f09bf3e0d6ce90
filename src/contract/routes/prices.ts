import { ModelPrice, ModelPriceInput, ModelPrices, ModelQuery } from '../prices.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';

const tags = ['AI settings'];

/** Prices per model: list (set here, then the list prices), set one, remove one. */
export const priceApi = {
  list: declareRoute({
    method: 'get',
    path: '/ai/prices',
    tags,
    summary: 'Prices per model: those set here, then the public list prices (dollars per million tokens)',
    responses: { 200: json(ModelPrices, 'Prices') },
  }),
  set: declareRoute({
    method: 'put',
    path: '/ai/prices',
    tags,
    summary:
      "Set a model's price (exact model name); it overrides the list price for estimates, costs and budgets",
    request: jsonBody(ModelPriceInput),
    responses: { 200: json(ModelPrice, 'The price as set'), 400: errors[400] },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/ai/prices',
    tags,
    summary: 'Remove a price set here: the model goes back to its list price, if it has one',
    request: { query: ModelQuery },
    responses: { 204: { description: 'Removed' }, ...errors },
  }),
};
