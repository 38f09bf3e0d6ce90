import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The triggers whose actions led to the writes made in the current async context. A trigger's action
 * runs inside it, so the events its writes record carry the chain, and a trigger already in a chain is
 * not fired again by it: a trigger that adds rows to its own table cannot loop.
 */
const chainStorage = new AsyncLocalStorage<readonly string[]>();

/** The chain of the current context: empty for writes people and programs make. */
export const currentChain = (): readonly string[] => chainStorage.getStore() ?? [];

/** Runs an action of a trigger, its writes carrying the chain that led to it plus the trigger. */
export function runInChain<T>(
  chain: readonly string[],
  triggerId: string,
  action: () => Promise<T>,
): Promise<T> {
  return chainStorage.run([...chain, triggerId], action);
}

/** Longest chain of triggers firing one another, even without repeats (a runaway set of triggers). */
export const MAX_CHAIN = 8;
