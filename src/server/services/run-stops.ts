/**
 * Runs stopped by this process (cancelled or rolled back), told to whoever listens: the AI engine drops
 * their cells waiting for a slot and abandons their calls at once. Other servers on a shared PostgreSQL
 * learn of it from the store, a moment later.
 */
export class RunStops {
  readonly #listeners: Array<(runId: string) => void> = [];

  stopped(runId: string): void {
    for (const listener of this.#listeners) listener(runId);
  }

  onStopped(listener: (runId: string) => void): void {
    this.#listeners.push(listener);
  }
}
