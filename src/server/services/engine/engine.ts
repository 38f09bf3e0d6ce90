import { hostname } from 'node:os';
import { inBackgroundLane } from '../../db/background-lane.ts';
import type { Logger } from '../../logger.ts';
import type { PriceTable } from '../ai/price-book.ts';
import type { Providers } from '../ai/providers.ts';
import { NO_PROVIDER, providerGone } from '../ai/providers.ts';
import { randomSuffix } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { type AnswerCache, answerCacheOf, type StoredAnswer } from './answer-cache.ts';
import type { CellAnswerer } from './cell-answerers.ts';
import { callCell } from './cell-call.ts';
import { type ClaimedCell, claimCells } from './claim.ts';
import { classifyOutcome } from './classify-outcome.ts';
import { extendLeases, failUnroutable, reapCells } from './leases.ts';
import { oneAtATime } from './one-at-a-time.ts';
import { FLUSH_MS, OutcomeWriter } from './outcome-writer.ts';
import { prepareCells } from './prepare.ts';
import type { PlanCellPreparer, PreparedCell } from './prepared-cell.ts';
import { researchNote } from './research-note.ts';
import { maxAgeOf, reusedOutcome, storedAnswer } from './reuse.ts';
import { admitCalls } from './run-budget.ts';
import { type Flight, Scheduler } from './scheduler.ts';
import { stoppedRuns } from './stopped-runs.ts';

export interface EngineOptions {
  leaseMs: number;
  callTimeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  /** How often an idle engine looks for queued cells (another server may have queued them). */
  pollMs: number;
  /** The SearXNG instance research columns search with; without one they only read pages (research-note.ts). */
  searxngUrl: string | undefined;
  /** The embedded store has one process: cells left running by the last one are certainly orphaned. */
  reapAllAtStart: boolean;
  /**
   * The capabilities that answer some columns' cells their own way (kinds: company, people finder,
   * contacts) or add to the prompts of the others (learning: verified examples); see cell-answerers.ts.
   */
  answerers: CellAnswerer[];
  /** How the cells of runs with a plan (enrichments) are prepared: the engine does not read plans. */
  planCell: PlanCellPreparer;
}

/** Wakes within this interval make one claim. */
const CLAIM_INTERVAL_MS = 25;

const keyOf = (cell: ClaimedCell) => `${cell.rowId}:${cell.columnId}`;

/**
 * The AI engine of one server process: claims queued cells from the store (shared with other servers
 * on one PostgreSQL), calls providers with a concurrency limit each (scheduler.ts), outside any
 * transaction, and writes outcomes back in batches (outcome-writer.ts). Leases keep claimed cells its
 * own while it lives; when it dies, another server (or this one, restarted) takes them back.
 */
export class Engine {
  readonly #store: Store;
  readonly #providers: Providers;
  readonly #options: EngineOptions;
  readonly #logger: Logger;
  readonly #owner = `${hostname()}:${process.pid}:${randomSuffix()}`;
  readonly #scheduler = new Scheduler(
    (prepared, flight) => this.#start(prepared, flight),
    () => this.#slotForOthers(),
  );
  /** Told when a free slot is kept for other work that said it waits (othersWait). */
  #slotForOthers: () => void = () => undefined;
  readonly #outcomes: OutcomeWriter;
  /**
   * Cells a person wrote while a claim was under way (claimed, not yet prepared): dropped when that
   * claim's cells are, or they would be called for an answer the store refuses. Null between claims.
   */
  #writtenDuringClaim: Set<string> | null = null;
  /** Answers to identical requests, stored and in flight: a request is paid for once. */
  readonly #answers: AnswerCache;
  /** Prices as of the last claim: what each call cost and each reused answer saved. */
  #prices: PriceTable = { costUsd: () => null };
  #timers: NodeJS.Timeout[] = [];
  #tickQueued = false;
  readonly #tick = oneAtATime(
    () => this.#claimAll(),
    () => this.wake(),
  );
  #stopping = false;

  constructor(store: Store, providers: Providers, options: EngineOptions, logger: Logger) {
    this.#store = store;
    this.#providers = providers;
    this.#options = options;
    this.#logger = logger;
    this.#outcomes = new OutcomeWriter(store, this.#owner, logger);
    this.#answers = answerCacheOf(store);
    this.#answers.reportErrorsTo((error) =>
      this.#logger.warn({ err: error }, 'could not store answers in the answer cache'),
    );
  }

  async start(): Promise<void> {
    this.#store.signals.onRunStopped((runId) => this.#scheduler.abandon(new Set([runId])));
    this.#store.signals.onCellsWritten((rowId, columnIds) => this.#dropWaiting(rowId, columnIds));
    if (this.#options.reapAllAtStart) await this.#reap(true);
    const every = (ms: number, job: () => Promise<unknown>) => {
      const timer = setInterval(
        () => void job().catch((error: unknown) => this.#logger.warn({ err: error }, 'engine job failed')),
        ms,
      );
      timer.unref();
      this.#timers.push(timer);
    };
    every(this.#options.pollMs, async () => this.wake());
    every(FLUSH_MS, () => this.#outcomes.flush());
    every(Math.max(500, this.#options.leaseMs / 3), () => this.#heartbeat());
    every(Math.max(1000, this.#options.leaseMs / 2), () => this.#reap(false));
    every(1000, () => this.#watchCancellations());
    this.wake();
  }

  /**
   * Looks for queued cells soon (a run was queued, a slot freed, a table changed). Wakes within a short
   * interval are gathered into one claim, so a busy engine claims cells in batches, not one by one.
   */
  wake(): void {
    if (this.#tickQueued || this.#stopping) return;
    this.#tickQueued = true;
    setTimeout(() => {
      this.#tickQueued = false;
      // Wherever the wake came from (a request, often), the claim and what follows it run in the lane.
      void inBackgroundLane(() => this.#tick());
    }, CLAIM_INTERVAL_MS);
  }

  /** Cells this server is calling providers for now, by provider. */
  get inFlight(): ReadonlyMap<string, number> {
    return this.#scheduler.inFlight;
  }

  /** Takes one of a provider's call slots for other work (extraction chunks), if it may (scheduler.ts). */
  takeSlot(providerId: string, concurrency: number): boolean {
    return this.#scheduler.lend(providerId, concurrency);
  }

  /**
   * Other work (the extraction worker) says whether it has work waiting for a provider's slots: while it
   * does, AI cells leave it a share of those that free up, and `listener` is told when one is kept.
   */
  othersWait(providerId: string, waiting: boolean): void {
    this.#scheduler.othersWait(providerId, waiting);
  }

  onSlotForOthers(listener: () => void): void {
    this.#slotForOthers = listener;
  }

  /** Gives back a slot taken with takeSlot; queued cells may use it. */
  releaseSlot(providerId: string): void {
    this.#scheduler.giveBack(providerId);
    this.wake();
  }

  /** Stops claiming, abandons calls in flight (their cells go back to the queue) and writes what is done. */
  async stop(): Promise<void> {
    this.#stopping = true;
    for (const timer of this.#timers) clearInterval(timer);
    for (const waiting of this.#scheduler.stop())
      this.#outcomes.add({ kind: 'released', cell: waiting.cell });
    while (this.#scheduler.busy) await new Promise((resolve) => setTimeout(resolve, 10));
    await this.#outcomes.flush();
    await this.#answers.flush();
  }

  async #claimAll(): Promise<void> {
    try {
      const providers = await this.#providers.list();
      const defaults = await this.#providers.defaults();
      this.#prices = await this.#providers.prices.table();
      let more = false;
      for (const provider of providers) {
        if (this.#stopping) break;
        this.#scheduler.launchWaiting(provider.id, provider.concurrency);
        const limit = this.#scheduler.claimSize(provider.id, provider.concurrency);
        if (limit === 0) continue;
        const keys = provider.id === defaults.provider?.id ? [provider.id, '*'] : [provider.id];
        this.#writtenDuringClaim = new Set();
        try {
          const cells = await claimCells(this.#store.db, {
            providers: keys,
            limit,
            owner: this.#owner,
            leaseMs: this.#options.leaseMs,
          });
          if (cells.length === 0) continue;
          for (const tableId of new Set(cells.map((cell) => cell.tableId)))
            this.#store.tables.changed(tableId);
          if (cells.length === limit) more = true;
          await this.#launch(cells, provider.concurrency);
        } finally {
          this.#writtenDuringClaim = null;
        }
      }
      if (more) this.wake();
    } catch (error) {
      this.#logger.warn({ err: error }, 'engine could not claim cells');
    }
  }

  /** Hands the claimed cells of one provider to the scheduler, once prepared and within their runs' budgets. */
  async #launch(cells: ClaimedCell[], concurrency: number): Promise<void> {
    const prepared = await prepareCells(this.#store, this.#providers, cells, {
      webSearch: Boolean(this.#options.searxngUrl),
      answerers: this.#options.answerers,
      planCell: this.#options.planCell,
    });
    const stored = await this.#answers.find(
      prepared.flatMap((item) => ('answerKey' in item && item.answerKey ? [item.answerKey] : [])),
    );
    const toCall: PreparedCell[] = [];
    for (const item of prepared) {
      if (this.#writtenDuringClaim?.has(keyOf(item.cell))) continue;
      if ('error' in item) this.#outcomes.add({ kind: 'failed', cell: item.cell, error: item.error });
      else if ('waiting' in item) this.#outcomes.add({ kind: 'waiting', cell: item.cell });
      else if (!this.#reused(item, item.answerKey ? stored.get(item.answerKey) : undefined))
        toCall.push(item);
    }
    // Runs with a ceiling pause before the call that would pass it; their refused cells are queued again.
    const refused = await admitCalls(this.#store, this.#owner, toCall, cells, this.#prices);
    for (const tableId of new Set([...refused].map((item) => item.cell.tableId)))
      this.#store.tables.changed(tableId);
    for (const item of toCall) if (!refused.has(item)) this.#scheduler.submit(item, concurrency);
  }

  /** Answers a cell from a stored answer, if there is one the cell's format accepts; false otherwise. */
  #reused(prepared: PreparedCell, stored: StoredAnswer | undefined): boolean {
    const outcome = stored && reusedOutcome(prepared, stored, this.#prices);
    if (outcome) this.#outcomes.add(outcome);
    return outcome !== undefined;
  }

  /**
   * Waits for the answer to the same request this process is asking for another cell, taking no slot;
   * if that call fails, this cell asks for itself (failures are not shared: they are not answers).
   */
  #follow(prepared: PreparedCell, asking: Promise<StoredAnswer | undefined>): void {
    void asking.then((answer) => {
      if (this.#reused(prepared, answer)) return;
      if (this.#stopping) this.#outcomes.add({ kind: 'released', cell: prepared.cell });
      else {
        this.#scheduler.submitFirst(prepared);
        this.wake();
      }
    });
  }

  /** A slot is free for this cell: answers it from the answer cache if it can, else calls (scheduler.ts). */
  #start(prepared: PreparedCell, flight: Flight): Promise<void> | undefined {
    const key = prepared.answerKey;
    if (key && this.#reused(prepared, this.#answers.recent(key))) return undefined;
    const asking = key ? this.#answers.asking(key) : undefined;
    if (asking) {
      this.#follow(prepared, asking);
      return undefined;
    }
    const settle = key ? this.#answers.ask(key, maxAgeOf(prepared)) : undefined;
    return callCell(prepared, this.#options, flight.controller.signal).then((called) => {
      if (flight.reason === 'stopping') this.#outcomes.add({ kind: 'released', cell: prepared.cell });
      else if (flight.reason !== 'cancelled')
        this.#outcomes.add(classifyOutcome(prepared, called, this.#options, this.#prices));
      settle?.(storedAnswer(prepared, called, researchNote(null, called.sources, called.withoutSearch)));
      this.wake();
    });
  }

  async #heartbeat(): Promise<void> {
    if (this.#scheduler.heldCells().length > 0)
      await extendLeases(this.#store.db, this.#owner, this.#options.leaseMs);
  }

  async #reap(all: boolean): Promise<void> {
    const touched = await reapCells(this.#store.db, { all, maxAttempts: this.#options.maxAttempts });
    const providers = await this.#providers.list();
    const known = [...providers.map((provider) => provider.id), ...(providers.length > 0 ? ['*'] : [])];
    const unroutable = await failUnroutable(this.#store.db, known, (key) =>
      key === '*' ? NO_PROVIDER : providerGone(key),
    );
    for (const tableId of new Set([...touched, ...unroutable])) this.#store.tables.changed(tableId);
    if (touched.length > 0) this.wake();
  }

  /** Abandons the cells of runs stopped on another server (this one's are abandoned as they stop). */
  async #watchCancellations(): Promise<void> {
    const runIds = new Set(this.#scheduler.heldCells().flatMap((cell) => (cell.runId ? [cell.runId] : [])));
    const stopped = await stoppedRuns(this.#store.db, [...runIds]);
    if (stopped.size > 0) this.#scheduler.abandon(stopped);
  }

  /**
   * Forgets a row's cells a person just wrote if they wait for a slot or are being claimed: the store
   * already gave them the person's value and released them, and an answer would be refused. A call
   * under way is left to end.
   */
  #dropWaiting(rowId: string, columnIds: Set<string>): void {
    for (const columnId of columnIds) this.#writtenDuringClaim?.add(`${rowId}:${columnId}`);
    this.#scheduler.forget((cell) => cell.rowId === rowId && columnIds.has(cell.columnId));
  }
}
