/** A provider's call slots as the engine counts them. */
export interface SlotCount {
  concurrency: number;
  /** Slots taken, by AI cells and other work together. */
  used: number;
  /** Of those, slots other work (extraction chunks) holds. */
  lent: number;
  /** AI cells claimed and prepared, waiting for a slot of this provider. */
  cellsWaiting: number;
  /** Whether other work (extraction chunks) waits for a slot of this provider. */
  othersWaiting: boolean;
}

/** The slots other work may count on while AI cells wait too: half, rounded down. */
const othersShare = (concurrency: number): number => Math.floor(concurrency / 2);

/**
 * Whether other work may take one more of a provider's slots: any free one while no AI cell waits,
 * and while cells wait only up to half the provider's slots. Without the half, a long extraction
 * starves AI columns: the extraction worker looks for work the moment a chunk gives its slot back,
 * before the engine's gathered claim (engine.ts CLAIM_INTERVAL_MS), and takes every slot freed.
 */
export function mayLend(slots: SlotCount): boolean {
  if (slots.used >= slots.concurrency) return false;
  return slots.cellsWaiting === 0 || slots.lent < othersShare(slots.concurrency);
}

/**
 * Whether an AI cell may take one more of a provider's slots: any free one while no other work waits;
 * while it waits, only if a slot stays free for each one the other work lacks of its half. Without
 * this, a long AI run starves extraction: each finished call handed its slot to the run's next cell,
 * and a chunk found one free only between the engine's claims. With a concurrency of 1 the cells go
 * first, as in mayLend.
 */
export function cellMayTake(slots: SlotCount): boolean {
  if (slots.used >= slots.concurrency) return false;
  if (!slots.othersWaiting) return true;
  const keptFree = Math.max(0, othersShare(slots.concurrency) - slots.lent);
  return slots.used + keptFree < slots.concurrency;
}
