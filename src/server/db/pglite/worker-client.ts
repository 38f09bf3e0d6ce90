import { Worker } from 'node:worker_threads';
import {
  type QueryResult,
  type Ready,
  type Request,
  type Response,
  type RowMode,
  type Statement,
  toError,
  type WorkerConfig,
} from './worker-protocol.ts';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };
type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

/** The part of PGlite's client interface that Drizzle's PGlite driver calls. */
export interface QueryClient {
  query(sql: string, params?: unknown[], options?: { rowMode?: RowMode }): Promise<QueryResult>;
  exec(sql: string): Promise<unknown>;
}

/**
 * PGlite as seen from the main thread: every call is a message to the store's worker thread. It offers
 * what Drizzle's PGlite driver uses (query, exec, transaction), so the services run unchanged, and it
 * knows when the store last did foreground work, so maintenance can wait for a quiet moment.
 */
export class PgliteWorkerClient implements QueryClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #inFlight = 0;
  #lastActive = performance.now();
  #failure: Error | undefined;

  readonly #onFailure: (error: Error) => void;

  private constructor(worker: Worker, onFailure: (error: Error) => void) {
    this.#worker = worker;
    this.#onFailure = onFailure;
    worker.on('message', (message: Response) => this.#settle(message));
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => this.#fail(new Error(`The embedded store stopped (exit code ${code})`)));
  }

  /**
   * Starts the worker, which opens and migrates the store; resolves once it is ready. `onFailure` hears
   * of a worker that dies later (out of memory, say): nothing more can be stored after that.
   */
  static async start(config: WorkerConfig, onFailure: (error: Error) => void): Promise<PgliteWorkerClient> {
    const worker = new Worker(new URL('./pglite-worker.ts', import.meta.url), { workerData: config });
    // biome-ignore lint/suspicious/noExplicitAny: listeners of three events with their own arguments
    const listeners: Array<[string, (...args: any[]) => void]> = [];
    const ready = await new Promise<Ready>((resolve, reject) => {
      const exited = (code: number) =>
        reject(new Error(`The embedded store did not start (exit code ${code})`));
      listeners.push(['message', resolve], ['error', reject], ['exit', exited]);
      for (const [event, listener] of listeners) worker.once(event, listener);
    });
    for (const [event, listener] of listeners) worker.off(event, listener);
    if (!ready.ready) {
      await worker.terminate();
      throw toError(ready.error);
    }
    return new PgliteWorkerClient(worker, onFailure);
  }

  /** Foreground statements under way, and when the last one finished (performance.now()). */
  get activity(): { inFlight: number; lastActive: number } {
    return { inFlight: this.#inFlight, lastActive: this.#lastActive };
  }

  query(
    sql: string,
    params: unknown[] = [],
    options: { rowMode?: RowMode; blob?: Uint8Array<ArrayBuffer> } = {},
  ) {
    return this.#call({
      op: 'query',
      sql,
      params,
      rowMode: options.rowMode ?? 'object',
      blob: options.blob,
    }) as Promise<QueryResult>;
  }

  exec(sql: string) {
    return this.#call({ op: 'exec', sql });
  }

  /**
   * Runs statements in one transaction, in one message; answers with each one's rows. `foreground`
   * false for bulk work (an import's batches), which then does not keep the store from being quiet.
   */
  batch(statements: Statement[], foreground = true): Promise<Array<Record<string, unknown>[]>> {
    return this.#call({ op: 'batch', statements }, foreground) as Promise<Array<Record<string, unknown>[]>>;
  }

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (tx: QueryClient) => Promise<T>): Promise<T> {
    const txId = (await this.#call({ op: 'begin' })) as number;
    const tx: QueryClient = {
      query: (sql, params = [], options = {}) =>
        this.#call({
          op: 'query',
          sql,
          params,
          rowMode: options.rowMode ?? 'object',
          txId,
        }) as Promise<QueryResult>,
      exec: (sql) => this.#call({ op: 'exec', sql, txId }),
    };
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      await this.#call({ op: 'end', txId, commit: false });
      throw error;
    }
    await this.#call({ op: 'end', txId, commit: true });
    return result;
  }

  /** Runs a statement that is not foreground work (maintenance): it does not count as activity. */
  background(sql: string): Promise<unknown> {
    return this.#call({ op: 'exec', sql }, false);
  }

  /** A consistent copy of the store's folder as a gzipped tar (see backup/), made while it serves. */
  dump(): Promise<Uint8Array> {
    return this.#call({ op: 'dump' }, false) as Promise<Uint8Array>;
  }

  async close(): Promise<void> {
    if (this.#failure) return;
    await this.#call({ op: 'close' }, false);
    this.#failure = new Error('The embedded store is closed');
    await this.#worker.terminate();
  }

  #call(body: RequestBody, foreground = true): Promise<unknown> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    if (foreground) this.#inFlight++;
    return new Promise((resolve, reject) => {
      const done = () => {
        if (!foreground) return;
        this.#inFlight--;
        this.#lastActive = performance.now();
      };
      this.#pending.set(id, {
        resolve: (value) => {
          done();
          resolve(value);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
      this.#worker.postMessage({ ...body, id });
    });
  }

  #settle(message: Response): void {
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.ok) pending.resolve(message.result);
    else pending.reject(toError(message.error));
  }

  /** The worker is gone: every caller gets the error, and so does every later call. */
  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    this.#onFailure(error);
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
