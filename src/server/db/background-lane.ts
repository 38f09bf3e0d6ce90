import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Work that must go on however busy the requests keep the store (the AI engine's claims, lease
 * renewals and result writes) runs "in the background lane": on PostgreSQL its queries take
 * connections from a small pool of their own, so they never queue behind the request pool's waiters
 * (open-database.ts). Under 50 busy clients the request pool is all taken, mostly by writers waiting
 * for their table's lock, and the engine's claims queued behind them: the run made no progress
 * (bench/RESULTS.md, bench:load). The lane follows the work through awaits and the timers it starts.
 */
const lane = new AsyncLocalStorage<true>();

export const inBackgroundLane = <T>(work: () => T): T => lane.run(true, work);

export const onBackgroundLane = (): boolean => lane.getStore() === true;
