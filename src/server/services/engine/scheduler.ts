import type { ClaimedCell } from './claim.ts';
import type { PreparedCell } from './prepared-cell.ts';
import { cellMayTake, mayLend, type SlotCount } from './slot-share.ts';

/** A call under way for one cell; aborted when its run stops or the server stops. */
export interface Flight {
  cell: ClaimedCell;
  providerId: string;
  controller: AbortController;
  reason?: 'stopping' | 'cancelled';
}

/**
 * Starts a prepared cell's call and resolves when its outcome is recorded; undefined when the cell was
 * answered without a call (a stored answer, or one another cell is asking for), which takes no slot.
 */
export type StartCall = (prepared: PreparedCell, flight: Flight) => Promise<void> | undefined;

const CLAIM_BATCH = 50;
/**
 * Cells claimed and prepared beyond a provider's free slots, as a share of its concurrency: a finished
 * call hands its slot to the next cell at once instead of waiting for a claim's round trip through the
 * store. Small, so few cells show "running" while they wait their turn.
 */
const PREFETCH_SHARE = 1 / 2;

/** How long other work's word that it waits for slots holds (`othersWait`): it says so again each time it looks for work. */
const OTHERS_WAIT_MS = 3000;

const keyOf = (cell: ClaimedCell) => `${cell.rowId}:${cell.columnId}`;

/**
 * The engine's slots, in memory: how many calls each provider has under way (AI cells and slots lent
 * to other work together), the prepared cells waiting for one, oldest first, and the calls in flight.
 * It knows nothing of the store: the engine claims cells, this decides when each is called.
 */
export class Scheduler {
  readonly #start: StartCall;
  readonly #used = new Map<string, number>();
  /** Of those, the slots other work (extraction chunks) holds, by provider. */
  readonly #lent = new Map<string, number>();
  /** Prepared cells waiting for a slot of their provider, oldest first. */
  readonly #waiting = new Map<string, PreparedCell[]>();
  readonly #flights = new Map<string, Flight>();
  /** Each provider's concurrency as last given: a finished call hands its slot on by it. */
  readonly #concurrency = new Map<string, number>();
  /** Until when other work said it waits for a provider's slots (`othersWait`), by provider. */
  readonly #othersWaitUntil = new Map<string, number>();
  /** Told when a free slot is kept for other work that waits for it. */
  readonly #slotForOthers: () => void;
  #stopping = false;

  constructor(start: StartCall, slotForOthers: () => void = () => undefined) {
    this.#start = start;
    this.#slotForOthers = slotForOthers;
  }

  /** Slots taken, by provider. */
  get inFlight(): ReadonlyMap<string, number> {
    return this.#used;
  }

  /**
   * How many queued cells to claim for a provider now: its free slots and a prefetch, less the cells
   * already waiting; none while a few still wait (each claim costs a round trip or two through the
   * store, so the waiting line is refilled in batches).
   */
  claimSize(providerId: string, concurrency: number): number {
    const prefetch = Math.floor(concurrency * PREFETCH_SHARE);
    const waiting = this.#waiting.get(providerId)?.length ?? 0;
    const free = concurrency + prefetch - this.#usedBy(providerId) - waiting;
    if (free <= 0 || (waiting > 0 && free < Math.ceil(prefetch / 2))) return 0;
    return Math.min(free, CLAIM_BATCH);
  }

  /** Calls a prepared cell if its provider has a free slot; it waits its turn otherwise. */
  submit(prepared: PreparedCell, concurrency: number): void {
    if (this.#cellMayCall(prepared.providerId, concurrency)) this.#call(prepared);
    else this.#waitingFor(prepared.providerId).push(prepared);
  }

  /** Puts a cell first in its provider's line (it waited already, for an answer that did not come). */
  submitFirst(prepared: PreparedCell): void {
    this.#waiting.set(prepared.providerId, [prepared, ...this.#waitingFor(prepared.providerId)]);
  }

  /**
   * Calls waiting cells while their provider has free slots. A finished call hands its slot on by
   * itself; a slot other work gave back (`giveBack`) does not, and without this cells prepared while it
   * was taken waited, in progress, for a call that never came.
   */
  launchWaiting(providerId: string, concurrency: number): void {
    const waiting = this.#waitingFor(providerId);
    while (waiting.length > 0 && this.#cellMayCall(providerId, concurrency)) {
      const next = waiting.shift();
      if (next) this.#call(next);
    }
  }

  /**
   * Takes one of a provider's slots for other work (extraction chunks), if one is free and the share of
   * AI cells waiting for it allows (slot-share.ts): the provider's concurrency holds for AI columns and
   * extractions together, and neither stops the other.
   */
  lend(providerId: string, concurrency: number): boolean {
    const slots = this.#slots(providerId, concurrency);
    if (!mayLend(slots)) return false;
    this.#used.set(providerId, slots.used + 1);
    this.#lent.set(providerId, slots.lent + 1);
    return true;
  }

  /**
   * Other work says it has work waiting for a provider's slots (or, with false, none left): while it
   * waits, cells leave it its share of the slots that free up (slot-share.ts `cellMayTake`) and the
   * `slotForOthers` callback says when one is kept for it. The word lapses after OTHERS_WAIT_MS unless
   * said again, so work that went away holds no slot back.
   */
  othersWait(providerId: string, waiting: boolean): void {
    if (waiting) this.#othersWaitUntil.set(providerId, Date.now() + OTHERS_WAIT_MS);
    else this.#othersWaitUntil.delete(providerId);
  }

  /** Gives back a slot taken with `lend`; waiting cells may use it (`launchWaiting`). */
  giveBack(providerId: string): void {
    this.#used.set(providerId, Math.max(0, this.#usedBy(providerId) - 1));
    this.#lent.set(providerId, Math.max(0, (this.#lent.get(providerId) ?? 1) - 1));
  }

  /** The cells this engine holds under lease: called now or waiting for a slot. */
  heldCells(): ClaimedCell[] {
    const waiting = [...this.#waiting.values()].flatMap((line) => line.map((prepared) => prepared.cell));
    return [...[...this.#flights.values()].map((flight) => flight.cell), ...waiting];
  }

  /** Whether any call is under way. */
  get busy(): boolean {
    return this.#flights.size > 0;
  }

  /** Drops waiting cells that are no longer wanted (a person wrote them). */
  forget(unwanted: (cell: ClaimedCell) => boolean): void {
    for (const [providerId, waiting] of this.#waiting)
      this.#waiting.set(
        providerId,
        waiting.filter((prepared) => !unwanted(prepared.cell)),
      );
  }

  /** Drops the waiting cells of runs that stopped and aborts their calls: their answers are not wanted. */
  abandon(runIds: Set<string>): void {
    const stopped = (cell: ClaimedCell) => cell.runId !== null && runIds.has(cell.runId);
    this.forget(stopped);
    for (const flight of this.#flights.values()) {
      if (stopped(flight.cell)) {
        flight.reason = 'cancelled';
        flight.controller.abort();
      }
    }
  }

  /** Aborts every call (their cells go back to the queue) and returns the cells that were waiting. */
  stop(): PreparedCell[] {
    this.#stopping = true;
    for (const flight of this.#flights.values()) {
      flight.reason = 'stopping';
      flight.controller.abort();
    }
    const waiting = [...this.#waiting.values()].flat();
    this.#waiting.clear();
    return waiting;
  }

  #call(prepared: PreparedCell): void {
    const flight: Flight = {
      cell: prepared.cell,
      providerId: prepared.providerId,
      controller: new AbortController(),
    };
    const calling = this.#start(prepared, flight);
    if (!calling) return;
    const key = keyOf(prepared.cell);
    this.#flights.set(key, flight);
    this.#used.set(prepared.providerId, this.#usedBy(prepared.providerId) + 1);
    void calling.finally(() => {
      this.#flights.delete(key);
      this.#used.set(prepared.providerId, this.#usedBy(prepared.providerId) - 1);
      // The slot goes to the provider's next waiting cell at once, unless it is kept for other work.
      const concurrency = this.#concurrency.get(prepared.providerId);
      if (concurrency !== undefined && !this.#stopping) this.launchWaiting(prepared.providerId, concurrency);
    });
  }

  /** Whether a cell may be called now; a free slot kept for other work is announced to it. */
  #cellMayCall(providerId: string, concurrency: number): boolean {
    this.#concurrency.set(providerId, concurrency);
    const slots = this.#slots(providerId, concurrency);
    if (cellMayTake(slots)) return true;
    if (slots.used < concurrency) this.#slotForOthers();
    return false;
  }

  #slots(providerId: string, concurrency: number): SlotCount {
    return {
      concurrency,
      used: this.#usedBy(providerId),
      lent: this.#lent.get(providerId) ?? 0,
      cellsWaiting: this.#waitingFor(providerId).length,
      othersWaiting: (this.#othersWaitUntil.get(providerId) ?? 0) > Date.now(),
    };
  }

  #usedBy(providerId: string): number {
    return this.#used.get(providerId) ?? 0;
  }

  #waitingFor(providerId: string): PreparedCell[] {
    let waiting = this.#waiting.get(providerId);
    if (!waiting) {
      waiting = [];
      this.#waiting.set(providerId, waiting);
    }
    return waiting;
  }
}
