import { hostname } from 'node:os';
import { inArray } from 'drizzle-orm';
import { inBackgroundLane } from '../../db/background-lane.ts';
import { aiRuns } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import type { PriceTable } from '../ai/price-book.ts';
import type { Providers } from '../ai/providers.ts';
import { NO_PROVIDER } from '../ai/providers.ts';
import { researchDepth } from '../ai/research-depth.ts';
import { researchTools } from '../ai/research-tools.ts';
import type { ContactProviders } from '../contacts/contact-providers.ts';
import { randomSuffix } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import type { AnswerCache, StoredAnswer } from './answer-cache.ts';
import { callModel } from './call-model.ts';
import { callPlan, type PlanOutcome } from './call-plan.ts';
import { readTaskAnswer } from './cell-task.ts';
import { type ClaimedCell, claimCells } from './claim.ts';
import { extendLeases, failUnroutable, reapCells } from './leases.ts';
import { oneAtATime } from './one-at-a-time.ts';
import { type Outcome, retryDelay } from './outcome.ts';
import { type PreparedCell, prepareCells } from './prepare.ts';
import { researchNote } from './research-note.ts';
import { maxAgeOf, reusedOutcome, storedAnswer } from './reuse.ts';
import { admitCalls } from './run-budget.ts';
import { mayLend } from './slot-share.ts';
import { writeOutcomes } from './write-outcomes.ts';

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
  /** Where email, phone and reverse-email cells look contacts up; without one they fail saying so. */
  contacts?: ContactProviders;
}

const CLAIM_BATCH = 50;
/** Wakes within this interval make one claim. */
const CLAIM_INTERVAL_MS = 25;
/** Outcomes are written at this pace (or sooner when many wait): one transaction per table each time. */
const FLUSH_MS = 100;
const FLUSH_BATCH = 64;
/**
 * Cells claimed and prepared beyond a provider's free slots, as a share of its concurrency: a finished
 * call hands its slot to the next cell at once instead of waiting for a claim's round trip through the
 * store. Small, so few cells show "running" while they wait their turn.
 */
const PREFETCH_SHARE = 1 / 2;

interface InFlight {
  cell: ClaimedCell;
  providerId: string;
  controller: AbortController;
  reason?: 'stopping' | 'cancelled';
}

const keyOf = (cell: ClaimedCell) => `${cell.rowId}:${cell.columnId}`;

/**
 * The AI engine of one server process: claims queued cells from the store (shared with other servers
 * on one PostgreSQL), calls providers with a concurrency limit each, outside any transaction, and
 * writes outcomes back in batches. Leases keep claimed cells its own while it lives; when it dies,
 * another server (or this one, restarted) takes them back.
 */
export class Engine {
  readonly #store: Store;
  readonly #providers: Providers;
  readonly #options: EngineOptions;
  readonly #logger: Logger;
  readonly #owner = `${hostname()}:${process.pid}:${randomSuffix()}`;
  readonly #inFlight = new Map<string, InFlight>();
  readonly #perProvider = new Map<string, number>();
  /** Of those, the slots other work (extraction chunks) holds, by provider. */
  readonly #lent = new Map<string, number>();
  /** Prepared cells waiting for a slot of their provider, oldest first. */
  readonly #ready = new Map<string, PreparedCell[]>();
  /**
   * Cells a person wrote while a claim was under way (claimed, not yet prepared): dropped when that
   * claim's cells are, or they would be called for an answer the store refuses. Null between claims.
   */
  #writtenDuringClaim: Set<string> | null = null;
  /** Answers to identical requests, stored and in flight: a request is paid for once. */
  readonly #answers: AnswerCache;
  /** Prices as of the last claim: what each call cost and each reused answer saved. */
  #prices: PriceTable = { costUsd: () => null };
  #outcomes: Outcome[] = [];
  #timers: NodeJS.Timeout[] = [];
  #tickQueued = false;
  readonly #tick = oneAtATime(
    () => this.#claimAll(),
    () => this.wake(),
  );
  #flushing: Promise<void> = Promise.resolve();
  #stopping = false;

  constructor(store: Store, providers: Providers, options: EngineOptions, logger: Logger) {
    this.#store = store;
    this.#providers = providers;
    this.#options = options;
    this.#logger = logger;
    this.#answers = store.answers;
    this.#answers.reportErrorsTo((error) =>
      this.#logger.warn({ err: error }, 'could not store answers in the answer cache'),
    );
  }

  async start(): Promise<void> {
    this.#store.signals.onRunStopped((runId) => this.#abandon(new Set([runId])));
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
    every(FLUSH_MS, () => this.#flush());
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
    return this.#perProvider;
  }

  /**
   * Takes one of a provider's call slots for other work (extraction chunks), if one is free and the
   * share of AI cells waiting for it allows (slot-share.ts): the provider's concurrency holds for AI
   * columns and extractions together, and neither stops the other.
   */
  takeSlot(providerId: string, concurrency: number): boolean {
    const used = this.#perProvider.get(providerId) ?? 0;
    const lent = this.#lent.get(providerId) ?? 0;
    const cellsWaiting = this.#ready.get(providerId)?.length ?? 0;
    if (!mayLend({ concurrency, used, lent, cellsWaiting })) return false;
    this.#perProvider.set(providerId, used + 1);
    this.#lent.set(providerId, lent + 1);
    return true;
  }

  /** Gives back a slot taken with takeSlot; queued cells may use it. */
  releaseSlot(providerId: string): void {
    this.#perProvider.set(providerId, Math.max(0, (this.#perProvider.get(providerId) ?? 1) - 1));
    this.#lent.set(providerId, Math.max(0, (this.#lent.get(providerId) ?? 1) - 1));
    this.wake();
  }

  /** Stops claiming, abandons calls in flight (their cells go back to the queue) and writes what is done. */
  async stop(): Promise<void> {
    this.#stopping = true;
    for (const timer of this.#timers) clearInterval(timer);
    for (const flight of this.#inFlight.values()) {
      flight.reason = 'stopping';
      flight.controller.abort();
    }
    for (const waiting of this.#ready.values())
      this.#outcomes.push(...waiting.map((prepared) => ({ kind: 'released' as const, cell: prepared.cell })));
    this.#ready.clear();
    while (this.#inFlight.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await this.#flush();
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
        this.#launchReady(provider.id, provider.concurrency);
        const prefetch = Math.floor(provider.concurrency * PREFETCH_SHARE);
        const waiting = this.#ready.get(provider.id)?.length ?? 0;
        const free = provider.concurrency + prefetch - (this.#perProvider.get(provider.id) ?? 0) - waiting;
        // Refilled in batches once few cells wait: each claim costs a round trip or two through the store.
        if (free <= 0 || (waiting > 0 && free < Math.ceil(prefetch / 2))) continue;
        const limit = Math.min(free, CLAIM_BATCH);
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

  /** Calls the claimed cells of one provider while it has free slots; the rest wait for one. */
  async #launch(cells: ClaimedCell[], concurrency: number): Promise<void> {
    const prepared = await prepareCells(this.#store, this.#providers, cells, {
      webSearch: Boolean(this.#options.searxngUrl),
      contacts: this.#options.contacts,
    });
    const stored = await this.#answers.find(
      prepared.flatMap((item) => ('answerKey' in item && item.answerKey ? [item.answerKey] : [])),
    );
    const toCall: PreparedCell[] = [];
    for (const item of prepared) {
      if (this.#writtenDuringClaim?.has(keyOf(item.cell))) continue;
      if ('error' in item) this.#outcomes.push({ kind: 'failed', cell: item.cell, error: item.error });
      else if ('waiting' in item) this.#outcomes.push({ kind: 'waiting', cell: item.cell });
      else if (!this.#reused(item, item.answerKey ? stored.get(item.answerKey) : undefined))
        toCall.push(item);
    }
    // Runs with a ceiling pause before the call that would pass it; their refused cells are queued again.
    const refused = await admitCalls(this.#store, this.#owner, toCall, cells, this.#prices);
    for (const tableId of new Set([...refused].map((item) => item.cell.tableId)))
      this.#store.tables.changed(tableId);
    for (const item of toCall) {
      if (refused.has(item)) continue;
      if ((this.#perProvider.get(item.providerId) ?? 0) < concurrency) this.#call(item);
      else {
        const waiting = this.#ready.get(item.providerId) ?? [];
        waiting.push(item);
        this.#ready.set(item.providerId, waiting);
      }
    }
  }

  /**
   * Calls prepared cells while their provider has free slots. A finished call hands its slot on by
   * itself; a slot other work gave back (an extraction's, `releaseSlot`) only wakes the engine, and
   * without this cells prepared while it was taken waited, in progress, for a call that never came.
   */
  #launchReady(providerId: string, concurrency: number): void {
    const ready = this.#ready.get(providerId);
    while (ready && ready.length > 0 && (this.#perProvider.get(providerId) ?? 0) < concurrency) {
      const next = ready.shift();
      if (next) this.#call(next);
    }
  }

  /** Answers a cell from a stored answer, if there is one the cell's format accepts; false otherwise. */
  #reused(prepared: PreparedCell, stored: StoredAnswer | undefined): boolean {
    const outcome = stored && reusedOutcome(prepared, stored, this.#prices);
    if (outcome) this.#outcomes.push(outcome);
    return outcome !== undefined;
  }

  /**
   * Waits for the answer to the same request this process is asking for another cell, taking no slot;
   * if that call fails, this cell asks for itself (failures are not shared: they are not answers).
   */
  #follow(prepared: PreparedCell, asking: Promise<StoredAnswer | undefined>): void {
    void asking.then((answer) => {
      if (this.#reused(prepared, answer)) return;
      if (this.#stopping) this.#outcomes.push({ kind: 'released', cell: prepared.cell });
      else {
        this.#ready.set(prepared.providerId, [prepared, ...(this.#ready.get(prepared.providerId) ?? [])]);
        this.wake();
      }
    });
  }

  #call(prepared: PreparedCell): void {
    const key = prepared.answerKey;
    if (key && this.#reused(prepared, this.#answers.recent(key))) return;
    const asking = key ? this.#answers.asking(key) : undefined;
    if (asking) {
      this.#follow(prepared, asking);
      return;
    }
    const settle = key ? this.#answers.ask(key, maxAgeOf(prepared)) : undefined;
    const flight: InFlight = {
      cell: prepared.cell,
      providerId: prepared.providerId,
      controller: new AbortController(),
    };
    const visited = new Set<string>();
    const searxngUrl = this.#options.searxngUrl;
    // Searches and page reads the cell may make before it answers: its agent type's depth.
    const depth = prepared.depth ?? researchDepth(undefined);
    const researchSet = {
      set: researchTools(searxngUrl, visited, flight.controller.signal, depth),
      maxSteps: depth.maxSteps,
    };
    // A research cell on a server with no search tool reads pages only, and its note says so.
    const withoutSearch = prepared.research && !searxngUrl;
    this.#inFlight.set(keyOf(prepared.cell), flight);
    this.#perProvider.set(prepared.providerId, (this.#perProvider.get(prepared.providerId) ?? 0) + 1);
    const base = {
      model: prepared.model,
      timeoutMs: this.#options.callTimeoutMs,
      signal: flight.controller.signal,
    };
    const job = prepared.job;
    const calling: Promise<PlanOutcome> =
      job.kind === 'plan'
        ? callPlan(job.plan, { ...base, tools: searxngUrl ? researchSet : undefined })
        : job.kind === 'task'
          ? job.task
              .run(flight.controller.signal)
              .then((result) => ({ result, prompt: job.task.describe, steps: [] }))
          : callModel({
              ...base,
              system: job.prompt.system,
              prompt: job.prompt.prompt,
              answer: job.prompt.answer,
              tools: prepared.research ? researchSet : undefined,
            }).then((result) => ({ result, prompt: job.prompt.prompt, steps: [] }));
    void calling.then((called) => {
      this.#inFlight.delete(keyOf(prepared.cell));
      this.#perProvider.set(prepared.providerId, (this.#perProvider.get(prepared.providerId) ?? 1) - 1);
      const next = this.#ready.get(prepared.providerId)?.shift();
      if (next && !this.#stopping) this.#call(next);
      const outcome = this.#outcomeOf(prepared, flight, called, [...visited], withoutSearch);
      if (outcome) this.#outcomes.push(outcome);
      settle?.(storedAnswer(prepared, called, researchNote(null, [...visited], withoutSearch)));
      if (this.#outcomes.length >= FLUSH_BATCH) void this.#flush();
      this.wake();
    });
  }

  #outcomeOf(
    prepared: PreparedCell,
    flight: InFlight,
    { result, prompt, steps }: PlanOutcome,
    sources: string[],
    withoutSearch: boolean,
  ): Outcome | undefined {
    if (flight.reason === 'cancelled') return undefined;
    if (flight.reason === 'stopping') return { kind: 'released', cell: prepared.cell };
    const record = {
      cell: prepared.cell,
      prompt,
      calledProvider: prepared.providerId,
      model: prepared.modelName,
      latencyMs: result.latencyMs,
      raw: result.raw ?? null,
      steps: steps.length > 0 ? steps : null,
      examples: prepared.job.kind === 'prompt' ? (prepared.job.prompt.examples ?? null) : null,
    };
    if (result.ok) {
      const job = prepared.job;
      const read =
        job.kind === 'plan'
          ? job.plan.read(result.answer)
          : job.kind === 'task'
            ? readTaskAnswer(result.answer)
            : job.prompt.read(result.answer);
      // A research cell's note lists the pages it read (a criterion grade's note is its reason).
      const note = researchNote(read.note, sources, withoutSearch);
      const value = read.value;
      return {
        ...record,
        kind: 'done',
        value,
        note,
        tokensIn: result.tokensIn,
        tokensOut: result.tokensOut,
        inputHash: prepared.inputHash,
        costUsd: this.#prices.costUsd(prepared.modelName, result.tokensIn ?? 0, result.tokensOut ?? 0),
        reused: null,
      };
    }
    const attempts = prepared.cell.attempts;
    if (result.retryable && attempts < this.#options.maxAttempts) {
      return {
        ...record,
        kind: 'retry',
        error: `${result.error} (attempt ${attempts} of ${this.#options.maxAttempts}, retrying)`,
        delayMs: retryDelay(attempts, result.retryAfterMs, this.#options.retryBaseMs),
      };
    }
    const tried = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    return { ...record, kind: 'failed', error: `${result.error}${tried}` };
  }

  /** Writes the outcomes gathered so far, a transaction per table, one flush at a time. */
  #flush(): Promise<void> {
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
          if ((error as Error).message !== 'Table not found') {
            this.#logger.warn({ err: error, tableId }, 'writing AI outcomes failed; will retry');
            this.#outcomes.push(...outcomes);
          }
        }
      }
    });
    return this.#flushing;
  }

  async #heartbeat(): Promise<void> {
    if (this.#inFlight.size > 0 || [...this.#ready.values()].some((waiting) => waiting.length > 0))
      await extendLeases(this.#store.db, this.#owner, this.#options.leaseMs);
  }

  async #reap(all: boolean): Promise<void> {
    const touched = await reapCells(this.#store.db, { all, maxAttempts: this.#options.maxAttempts });
    const providers = await this.#providers.list();
    const known = [...providers.map((provider) => provider.id), ...(providers.length > 0 ? ['*'] : [])];
    const unroutable = await failUnroutable(this.#store.db, known, (key) =>
      key === '*'
        ? NO_PROVIDER
        : `The provider "${key}" is not configured any more; pick another in the column's settings`,
    );
    for (const tableId of new Set([...touched, ...unroutable])) this.#store.tables.changed(tableId);
    if (touched.length > 0) this.wake();
  }

  #waitingCells(): ClaimedCell[] {
    return [...this.#ready.values()].flatMap((waiting) => waiting.map((prepared) => prepared.cell));
  }

  /** Abandons the cells of runs stopped on another server (this one's are abandoned as they stop). */
  async #watchCancellations(): Promise<void> {
    const cells = [...[...this.#inFlight.values()].map((flight) => flight.cell), ...this.#waitingCells()];
    const runIds = [...new Set(cells.flatMap((cell) => (cell.runId ? [cell.runId] : [])))];
    if (runIds.length === 0) return;
    const runs = await this.#store.db
      .select({ id: aiRuns.id, status: aiRuns.status })
      .from(aiRuns)
      .where(inArray(aiRuns.id, runIds));
    // A paused run's calls under way finish: they were within its budget when they started.
    const stopped = runs.filter((run) => run.status !== 'running' && run.status !== 'paused');
    this.#abandon(new Set(stopped.map((run) => run.id)));
  }

  /**
   * Forgets a row's cells a person just wrote if they wait for a slot or are being claimed: the store
   * already gave them the person's value and released them, and an answer would be refused. A call
   * under way is left to end.
   */
  #dropWaiting(rowId: string, columnIds: Set<string>): void {
    for (const columnId of columnIds) this.#writtenDuringClaim?.add(`${rowId}:${columnId}`);
    this.#forgetWaiting((cell) => cell.rowId === rowId && columnIds.has(cell.columnId));
  }

  #forgetWaiting(unwanted: (cell: ClaimedCell) => boolean): void {
    for (const [providerId, waiting] of this.#ready)
      this.#ready.set(
        providerId,
        waiting.filter((prepared) => !unwanted(prepared.cell)),
      );
  }

  /** Forgets the waiting cells of runs that stopped and aborts their calls: their answers are not wanted. */
  #abandon(runIds: Set<string>): void {
    const stopped = (cell: ClaimedCell) => cell.runId !== null && runIds.has(cell.runId);
    this.#forgetWaiting(stopped);
    for (const flight of this.#inFlight.values()) {
      if (stopped(flight.cell)) {
        flight.reason = 'cancelled';
        flight.controller.abort();
      }
    }
  }
}
