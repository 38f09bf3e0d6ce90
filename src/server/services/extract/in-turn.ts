/**
 * Runs work in batches, one batch at a time per key: what is handed in while a key's batch runs waits
 * and goes in that key's next batch, all together. Each caller gets its own item's result (or the
 * batch's error). Keys run side by side.
 */
export function batchedInTurn<T, R>(
  run: (key: string, items: T[]) => Promise<R[]>,
): (key: string, item: T) => Promise<R> {
  interface Waiting {
    item: T;
    resolve: (result: R) => void;
    reject: (error: unknown) => void;
  }
  const queues = new Map<string, Waiting[]>();
  const running = new Set<string>();
  const next = (key: string): void => {
    const waiting = queues.get(key) ?? [];
    queues.delete(key);
    if (waiting.length === 0) {
      running.delete(key);
      return;
    }
    running.add(key);
    void run(
      key,
      waiting.map((entry) => entry.item),
    )
      .then(
        (results) => {
          for (const [index, entry] of waiting.entries()) entry.resolve(results[index] as R);
        },
        (error: unknown) => {
          for (const entry of waiting) entry.reject(error);
        },
      )
      .finally(() => next(key));
  };
  return (key, item) =>
    new Promise<R>((resolve, reject) => {
      const queue = queues.get(key) ?? [];
      queue.push({ item, resolve, reject });
      queues.set(key, queue);
      if (!running.has(key)) next(key);
    });
}
