import type { Database } from '../db/database.ts';
import { metrics } from './metrics.ts';

type AnyFunction = (...args: unknown[]) => unknown;

/** Wraps an object's method so each call's duration lands in the store histogram under `kind`. */
function timeMethod(target: object | undefined, method: string, engine: string, kind: string): void {
  const holder = target as Record<string, unknown> | undefined;
  const original = holder?.[method];
  if (!holder || typeof original !== 'function') return;
  holder[method] = async function timed(this: unknown, ...args: unknown[]) {
    const started = performance.now();
    try {
      return await (original as AnyFunction).apply(this, args);
    } finally {
      metrics.storeDuration.observe({ engine, kind }, (performance.now() - started) / 1000);
    }
  };
}

/**
 * Times the store's work from outside it: statements through the driver Drizzle holds (PGlite's
 * worker client, with its transactions; the pg pool, whose transactions run on a client of their own
 * and are not timed), and the batch, bulk and maintenance paths. Call before the store is handed out.
 */
export function instrumentStore(database: Database): void {
  const engine = database.engine;
  const client = (database.db as unknown as { $client?: object }).$client;
  timeMethod(client, 'query', engine, 'query');
  timeMethod(client, 'transaction', engine, 'transaction');
  timeMethod(database, 'batch', engine, 'batch');
  timeMethod(database, 'bulkLoad', engine, 'bulk_load');
  timeMethod(database, 'runMaintenance', engine, 'maintenance');
}
