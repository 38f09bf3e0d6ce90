import type { Logger } from '../../logger.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { Outcome } from './outcome.ts';
import { writeOutcomes } from './write-outcomes.ts';

/** Outcomes are written at this pace (or sooner when this many wait): one transaction per table each time. */
export const FLUSH_MS = 100;
const FLUSH_BATCH = 64;

/** Gathers cells' outcomes and writes them in batches, a transaction per table, one batch at a time. */
export class OutcomeWriter {
  readonly #store: Store;
  readonly #owner: string;
  readonly #logger: Logger;
  #outcomes: Outcome[] = [];
  #flushing: Promise<void> = Promise.resolve();

  constructor(store: Store, owner: string, logger: Logger) {
    this.#store = store;
    this.#owner = owner;
    this.#logger = logger;
  }

  /** Keeps an outcome for the next flush; flushes at once when many wait. */
  add(outcome: Outcome): void {
    this.#outcomes.push(outcome);
    if (this.#outcomes.length >= FLUSH_BATCH) void this.flush();
  }

  /** Writes the outcomes gathered so far. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(async () => {
      if (this.#outcomes.length === 0) return;
      const batch = this.#outcomes;
      this.#outcomes = [];
      const byTable = new Map<string, Outcome[]>();
      for (const outcome of batch)
        byTable.set(outcome.cell.tableId, [...(byTable.get(outcome.cell.tableId) ?? []), outcome]);
      for (const [tableId, outcomes] of byTable) {
        try {
          const table = await this.#store.tables.get(tableId);
          await writeOutcomes(this.#store, table, this.#owner, outcomes);
        } catch (error) {
          // A deleted table takes its cells with it; anything else is tried again with the next flush.
          if (error instanceof NotFoundError) continue;
          this.#logger.warn({ err: error, tableId }, 'writing AI outcomes failed; will retry');
          this.#outcomes.push(...outcomes);
        }
      }
    });
    return this.#flushing;
  }
}
