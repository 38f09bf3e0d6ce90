import { hostname } from 'node:os';
import type { ExtractConfig } from '../../config.ts';
import { inBackgroundLane } from '../../db/background-lane.ts';
import type { Logger } from '../../logger.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import type { Providers } from '../ai/providers.ts';
import { lostTooOften } from '../engine/leases.ts';
import { oneAtATime } from '../engine/one-at-a-time.ts';
import { retryDelay } from '../engine/outcome.ts';
import { randomSuffix } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import {
  claimChunks,
  claimJob,
  extendLeases,
  failUnparsedJobs,
  hasPendingChunks,
  reapChunks,
  releaseChunks,
  retryChunk,
} from './claims.ts';
import { batchedInTurn } from './in-turn.ts';
import { getJobRecord, type JobRecord } from './jobs.ts';
import { prepareJob } from './prepare-job.ts';
import { type ChunkResult, runChunk } from './run-chunk.ts';
import { getSchema } from './schemas.ts';
import { WebhookSender } from './webhooks.ts';
import { type ClaimedChunk, writeChunkFailure, writeEnhanced, writeExtracted } from './write-chunk.ts';

/** A chunk's answer, to be written. */
interface ChunkWrite {
  chunk: ClaimedChunk;
  result: Extract<ChunkResult, { ok: true }>;
}

/** How long a job's record and schema read for one chunk serve the next ones (they do not change). */
const JOB_CONTEXT_MS = 5_000;

/** A provider's call slots, shared with the AI engine so that extraction and AI columns together keep its concurrency. */
export interface ProviderSlots {
  takeSlot(providerId: string, concurrency: number): boolean;
  releaseSlot(providerId: string): void;
  /** Whether chunks wait for this provider: while they do, AI cells leave them a share of the slots. */
  othersWait(providerId: string, waiting: boolean): void;
  /** Called when a slot is kept free for the chunks that wait. */
  onSlotForOthers(listener: () => void): void;
}

export interface WorkerOptions {
  leaseMs: number;
  pollMs: number;
  callTimeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  /** The embedded store has one process: chunks left in progress by the last one are orphaned. */
  reapAllAtStart: boolean;
}

/**
 * The extraction worker of one server: parses queued jobs, claims their chunks (shared through the
 * store with other servers), calls the model within the provider's slots, and writes each chunk's
 * rows with its completion. Webhook deliveries go out from here too.
 */
export class ExtractWorker {
  readonly #owner = `${hostname()}:${process.pid}:${randomSuffix()}:extract`;
  readonly #inFlight = new Map<string, AbortController>();
  readonly #timers: NodeJS.Timeout[] = [];
  readonly #webhooks: WebhookSender;
  /**
   * Chunk writes of one table, one batch at a time from this server: they wait for the table's lock
   * anyway (write-chunk.ts), and waiting inside the store each held one of the background lane's few
   * connections, so the claims of the next chunks waited behind them with every slot free. The chunks
   * that finish while a write runs (calls end in waves) are written together next, in one transaction:
   * one lock, one version step, one history statement, one commit for all of them.
   */
  readonly #write = batchedInTurn<ChunkWrite, boolean | Error>((tableId, writes) =>
    this.#writeBatch(tableId, writes),
  );
  /** Job records and schemas by job, read once for the chunks claimed together. */
  readonly #jobContexts = new Map<
    string,
    { at: number; context: Promise<{ job: JobRecord; schema: Awaited<ReturnType<typeof getSchema>> }> }
  >();
  #parsing = false;
  /**
   * Whether to look for a queued job on the next tick: set by a job's creation and the poll, not by
   * chunks finishing (a claim query per finished chunk competed with the chunk claims for the
   * background lane's few connections).
   */
  #lookForJobs = true;
  readonly #tick = oneAtATime(
    () => this.#claimAll(),
    () => setTimeout(() => this.#wakeForChunks(), 10),
  );
  #stopping = false;

  readonly store: Store;
  readonly providers: Providers;
  readonly slots: ProviderSlots;
  readonly config: ExtractConfig;
  readonly options: WorkerOptions;
  readonly logger: Logger;

  constructor(
    store: Store,
    providers: Providers,
    slots: ProviderSlots,
    config: ExtractConfig,
    options: WorkerOptions,
    logger: Logger,
    secrets: SecretBox,
  ) {
    this.store = store;
    this.providers = providers;
    this.slots = slots;
    this.config = config;
    this.options = options;
    this.logger = logger;
    this.#webhooks = new WebhookSender(store, config, secrets, logger);
  }

  async start(): Promise<void> {
    this.slots.onSlotForOthers(() => this.#wakeForChunks());
    await this.#reap(this.options.reapAllAtStart);
    const every = (ms: number, job: () => Promise<unknown>) => {
      const timer = setInterval(
        () => void job().catch((error: unknown) => this.logger.warn({ err: error }, 'extraction job failed')),
        ms,
      );
      timer.unref();
      this.#timers.push(timer);
    };
    every(this.options.pollMs, async () => this.wake());
    every(Math.max(500, this.options.leaseMs / 3), () =>
      extendLeases(this.store.db, this.#owner, this.options.leaseMs),
    );
    every(Math.max(1000, this.options.leaseMs / 2), () => this.#reap(false));
    every(Math.min(1000, this.options.pollMs * 5), () => this.#webhooks.deliverDue());
    this.wake();
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    for (const timer of this.#timers) clearInterval(timer);
    for (const controller of this.#inFlight.values()) controller.abort();
    while (this.#inFlight.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await releaseChunks(this.store.db, this.#owner);
  }

  /** Looks for work soon: a job was created (or the poll came round). */
  wake(): void {
    this.#lookForJobs = true;
    this.#wakeForChunks();
  }

  /** Looks for chunks to claim soon: a slot was given back, a chunk finished. */
  #wakeForChunks(): void {
    if (this.#stopping) return;
    // The store may be unreachable for a moment (a restart): the next wake or poll tries again. In the
    // background lane: the slots taken below are the engine's too, held until the claim answers, so the
    // claim must not wait behind the requests (db/background-lane.ts).
    inBackgroundLane(() => this.#tick()).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'extraction worker could not look for work'),
    );
  }

  /** Claims chunks for every provider slot the engine lends (it keeps a share for waiting AI cells). */
  async #claimAll(): Promise<void> {
    if (this.#lookForJobs && !this.#parsing) {
      this.#lookForJobs = false;
      void this.#parseOne();
    }
    for (const provider of await this.providers.list()) {
      let taken = 0;
      while (taken < 50 && this.slots.takeSlot(provider.id, provider.concurrency)) taken++;
      if (taken === 0) {
        // Every slot is busy: say whether chunks wait, so a long AI run leaves them their share.
        const waiting = await hasPendingChunks(this.store.db, provider.id).catch(() => false);
        this.slots.othersWait(provider.id, waiting);
        continue;
      }
      const chunks = await claimChunks(this.store.db, {
        providerKey: provider.id,
        limit: taken,
        owner: this.#owner,
        leaseMs: this.options.leaseMs,
      }).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'could not claim extraction chunks');
        return [];
      });
      // As many chunks as slots: more may wait.
      this.slots.othersWait(provider.id, chunks.length === taken);
      for (let unused = chunks.length; unused < taken; unused++) this.slots.releaseSlot(provider.id);
      for (const chunk of chunks) void this.#work(chunk, provider.id);
    }
  }

  /**
   * Takes back chunks whose server went away; one that went away with it as often as a chunk may be
   * tried fails (it may be what kills it), and its job finishes with the rows it has. A job whose
   * parsing was cut short that often fails too.
   */
  async #reap(all: boolean): Promise<void> {
    const { maxAttempts } = this.options;
    const { requeued, lost } = await reapChunks(this.store.db, { all, maxAttempts });
    const unparsed = await this.store.db.transaction((tx) => failUnparsedJobs(tx, maxAttempts));
    for (const tableId of unparsed) this.store.tables.changed(tableId);
    const reason = lostTooOften(maxAttempts);
    for (const chunk of lost) {
      const job = await getJobRecord(this.store, chunk.jobId);
      if (await writeChunkFailure(this.store, chunk, chunk.owner, reason))
        this.store.tables.changed(job.tableId);
    }
    if (lost.length + unparsed.length > 0) this.#webhooks.kick();
    if (requeued > 0) this.#wakeForChunks();
  }

  async #parseOne(): Promise<void> {
    this.#parsing = true;
    try {
      const id = await claimJob(this.store.db, {
        owner: this.#owner,
        leaseMs: this.options.leaseMs,
        maxAttempts: this.options.maxAttempts,
      });
      if (!id) return;
      const job = await getJobRecord(this.store, id);
      await prepareJob(this.store, this.providers, this.config, job, this.#owner);
      this.store.tables.changed(job.tableId);
      this.#webhooks.kick();
      this.wake();
    } catch (error) {
      this.logger.warn({ err: error }, 'could not parse an extraction job');
    } finally {
      this.#parsing = false;
    }
  }

  /** A job's record and schema, read once for the chunks of a few seconds. */
  #jobContext(jobId: string) {
    const cached = this.#jobContexts.get(jobId);
    if (cached && performance.now() - cached.at < JOB_CONTEXT_MS) return cached.context;
    const context = (async () => {
      const job = await getJobRecord(this.store, jobId);
      return { job, schema: await getSchema(this.store, job.schemaId) };
    })();
    this.#jobContexts.set(jobId, { at: performance.now(), context });
    context.catch(() => this.#jobContexts.delete(jobId));
    for (const [id, entry] of this.#jobContexts)
      if (performance.now() - entry.at >= JOB_CONTEXT_MS) this.#jobContexts.delete(id);
    return context;
  }

  /**
   * Writes a table's chunks that finished together, in one transaction. Should it fail, each chunk is
   * written alone, so that one chunk's trouble does not cost the others an attempt.
   */
  async #writeBatch(tableId: string, writes: ChunkWrite[]): Promise<Array<boolean | Error>> {
    const table = await this.store.tables.get(tableId);
    const extracted = writes.flatMap(({ chunk, result }) =>
      'items' in result ? [{ chunk, items: result.items }] : [],
    );
    const written = new Map<ClaimedChunk, boolean | Error>();
    const alone = async (part: (typeof extracted)[number]) => {
      written.set(
        part.chunk,
        await writeExtracted(this.store, table, this.#owner, [part]).then(
          ([mine]) => mine ?? false,
          (error: Error) => error,
        ),
      );
    };
    if (extracted.length === 1) await alone(extracted[0] as (typeof extracted)[number]);
    else if (extracted.length > 1) {
      const mine = await writeExtracted(this.store, table, this.#owner, extracted).catch((error: Error) => {
        this.logger.warn(
          { err: error, table: tableId },
          'extraction chunks written together failed: writing each alone',
        );
        return undefined;
      });
      if (mine)
        for (const [index, part] of extracted.entries()) written.set(part.chunk, mine[index] ?? false);
      else for (const part of extracted) await alone(part);
    }
    for (const { chunk, result } of writes)
      if ('answers' in result)
        written.set(
          chunk,
          await writeEnhanced(this.store, table, chunk, this.#owner, result.answers).catch(
            (error: Error) => error,
          ),
        );
    return writes.map(({ chunk }) => written.get(chunk) ?? false);
  }

  /** Calls the model for a chunk in one of the provider's slots, then writes what came back. */
  async #work(chunk: ClaimedChunk, providerId: string): Promise<void> {
    const key = `${chunk.jobId}:${chunk.n}`;
    const controller = new AbortController();
    this.#inFlight.set(key, controller);
    // The slot is the provider's: given back as soon as the call ends, not after the write, and the
    // next chunk claimed at once, so the next call starts while this chunk's rows are written.
    let holdsSlot = true;
    const releaseSlot = () => {
      if (!holdsSlot) return;
      holdsSlot = false;
      this.slots.releaseSlot(providerId);
      this.#wakeForChunks();
    };
    try {
      const { job, schema } = await this.#jobContext(chunk.jobId);
      const result = await runChunk(this.store, this.providers, job, schema, chunk, {
        timeoutMs: this.options.callTimeoutMs,
        signal: controller.signal,
        visionModel: this.config.visionModel,
      });
      releaseSlot();
      if (this.#stopping) return;
      if (result.ok) {
        const written = await this.#write(job.tableId, { chunk, result });
        if (written instanceof Error) throw written;
      } else if (result.retryable && chunk.attempts < this.options.maxAttempts) {
        const delay = retryDelay(chunk.attempts, result.retryAfterMs, this.options.retryBaseMs);
        await retryChunk(this.store.db, chunk, this.#owner, result.error, delay);
      } else {
        const tried = chunk.attempts > 1 ? ` (after ${chunk.attempts} attempts)` : '';
        await writeChunkFailure(this.store, chunk, this.#owner, `${result.error}${tried}`);
      }
      this.#webhooks.kick();
    } catch (error) {
      // The table was deleted, or the store failed: tried again later, up to the attempts allowed.
      this.logger.warn({ err: error, job: chunk.jobId, chunk: chunk.n }, 'extraction chunk failed');
      const reason = `Could not write the rows: ${(error as Error).message}`;
      await (chunk.attempts < this.options.maxAttempts
        ? retryChunk(this.store.db, chunk, this.#owner, reason, retryDelay(chunk.attempts))
        : writeChunkFailure(this.store, chunk, this.#owner, reason).then(() => undefined)
      ).catch(() => undefined);
    } finally {
      this.#inFlight.delete(key);
      releaseSlot();
      this.#wakeForChunks();
    }
  }
}
