import { z } from 'zod';

/** A model's price in US dollars per million tokens, as set in Settings or listed by default. */
export const ModelPrice = z
  .object({
    model: z
      .string()
      .min(1)
      .max(200)
      .describe('A model name (a price set in Settings) or the models a list price covers'),
    inputUsd: z.number().min(0).max(10_000).describe('Dollars per million input tokens'),
    outputUsd: z.number().min(0).max(10_000).describe('Dollars per million output tokens'),
    source: z.enum(['settings', 'list']).describe('settings: set here; list: the public list price'),
  })
  .meta({ id: 'ModelPrice' });
export type ModelPrice = z.infer<typeof ModelPrice>;

export const ModelPriceInput = ModelPrice.omit({ source: true }).meta({ id: 'ModelPriceInput' });
export type ModelPriceInput = z.infer<typeof ModelPriceInput>;

export const ModelPrices = z
  .object({
    prices: z.array(ModelPrice).describe('Prices set in Settings first, then the list prices'),
    listedOn: z.string().describe('The date the list prices were collected'),
  })
  .meta({ id: 'ModelPrices' });
export type ModelPrices = z.infer<typeof ModelPrices>;

export const ModelQuery = z.object({ model: z.string().min(1).max(200) });
