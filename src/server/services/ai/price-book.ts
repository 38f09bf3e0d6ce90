import { asc, eq } from 'drizzle-orm';
import type { ModelPrice, ModelPriceInput } from '../../../contract/prices.ts';
import type { Db } from '../../db/database.ts';
import { aiPrices } from '../../db/schema.ts';
import { NotFoundError } from '../store/errors.ts';
import { LIST_PRICES } from './list-prices.ts';

/** Prices set in Settings are re-read at most this often: another server may have changed them. */
const TTL_MS = 5_000;

/** Prices as they stand: what a model's tokens cost, or null when its price is not known. */
export interface PriceTable {
  costUsd(model: string | null, tokensIn: number, tokensOut: number): number | null;
}

/**
 * Prices per model: those set in Settings (stored, by exact model name) over the public list prices
 * (list-prices.ts). Estimates, run costs, savings and cost budgets all read them here.
 */
export class PriceBook {
  readonly #db: Db;
  #set = new Map<string, { inputUsd: number; outputUsd: number }>();
  #loadedAt = Number.NEGATIVE_INFINITY;

  constructor(db: Db) {
    this.#db = db;
  }

  async table(): Promise<PriceTable> {
    if (performance.now() - this.#loadedAt > TTL_MS) {
      const records = await this.#db.select().from(aiPrices);
      this.#set = new Map(records.map((record) => [record.model, record]));
      this.#loadedAt = performance.now();
    }
    const set = this.#set;
    return {
      costUsd(model, tokensIn, tokensOut) {
        if (!model) return null;
        const own = set.get(model);
        const listed = own ? undefined : LIST_PRICES.find(({ pattern }) => pattern.test(model));
        const price = own ?? (listed && { inputUsd: listed.input, outputUsd: listed.output });
        if (!price) return null;
        return (tokensIn * price.inputUsd + tokensOut * price.outputUsd) / 1_000_000;
      },
    };
  }

  async list(): Promise<ModelPrice[]> {
    const records = await this.#db.select().from(aiPrices).orderBy(asc(aiPrices.model));
    return [
      ...records.map(({ model, inputUsd, outputUsd }) => ({
        model,
        inputUsd,
        outputUsd,
        source: 'settings' as const,
      })),
      ...LIST_PRICES.map(({ label, input, output }) => ({
        model: label,
        inputUsd: input,
        outputUsd: output,
        source: 'list' as const,
      })),
    ];
  }

  async set(input: ModelPriceInput): Promise<ModelPrice> {
    const values = { inputUsd: input.inputUsd, outputUsd: input.outputUsd, updatedAt: new Date() };
    await this.#db
      .insert(aiPrices)
      .values({ model: input.model, ...values })
      .onConflictDoUpdate({ target: aiPrices.model, set: values });
    this.#loadedAt = Number.NEGATIVE_INFINITY;
    return { ...input, source: 'settings' };
  }

  async remove(model: string): Promise<void> {
    const removed = await this.#db.delete(aiPrices).where(eq(aiPrices.model, model)).returning();
    if (removed.length === 0) throw new NotFoundError('No price is set for this model');
    this.#loadedAt = Number.NEGATIVE_INFINITY;
  }
}

/** Dollars rounded to a hundredth of a cent, as runs and estimates show them. */
export const roundUsd = (usd: number): number => Math.round(usd * 10_000) / 10_000;
