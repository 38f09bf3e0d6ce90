/** A provider's call slots as the engine counts them. */
export interface SlotCount {
  concurrency: number;
  /** Slots taken, by AI cells and other work together. */
  used: number;
  /** Of those, slots other work (extraction chunks) holds. */
  lent: number;
  /** AI cells claimed and prepared, waiting for a slot of this provider. */
  cellsWaiting: number;
}

/**
 * Whether other work may take one more of a provider's slots: any free one while no AI cell waits,
 * and while cells wait only up to half the provider's slots. Without the half, a long extraction
 * starves AI columns: the extraction worker looks for work the moment a chunk gives its slot back,
 * before the engine's gathered claim (engine.ts CLAIM_INTERVAL_MS), and takes every slot freed.
 */
export function mayLend(slots: SlotCount): boolean {
  if (slots.used >= slots.concurrency) return false;
  return slots.cellsWaiting === 0 || slots.lent < Math.floor(slots.concurrency / 2);
}
