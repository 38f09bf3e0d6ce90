import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { CellStep } from '../../../contract/cells.ts';
import { type Db, queryRows } from '../../db/database.ts';
import type { Store } from '../store/store.ts';

/** A provider's successful answer to a request, as stored for the next identical request. */
export interface StoredAnswer {
  /** The answer as the format's schema read it (before the column turns it into a value). */
  answer: unknown;
  raw: string | null;
  /** A research answer's sources; null otherwise. */
  note: string | null;
  steps: CellStep[] | null;
  model: string;
  tokensIn: number | null;
  tokensOut: number | null;
}

/**
 * Research answers are reused for a day: the pages they read change, and a rerun a day later should
 * read them again. Other answers depend only on the request, which the key names whole.
 */
export const RESEARCH_MAX_AGE_MS = 24 * 60 * 60_000;

/** Keys looked up in one statement at most: a claim batch is far smaller; an estimate may pass it. */
const LOOKUP_CHUNK = 5_000;
/**
 * New answers are written together, one statement per this many or this often: one commit per answer
 * made the store the bottleneck of a run (10,000 commits). This process reads them from memory meanwhile.
 */
const SAVE_BATCH = 64;
const SAVE_MS = 100;

interface AnswerRecord {
  key: string;
  answer: unknown;
  raw: string | null;
  note: string | null;
  steps: CellStep[] | null;
  model: string;
  tokens_in: number | null;
  tokens_out: number | null;
  expires_ms: number | null;
}

/**
 * The answer cache: answers stored by request key (request-key.ts) in `ai_answers`, shared by every
 * table, run and server on the store. This process also remembers recent answers and the requests it
 * is asking right now, so cells with the same request claimed together cost one call, not one each.
 */
export class AnswerCache {
  readonly #db: Db;
  readonly #recent = new LRUCache<string, StoredAnswer & { expiresAt: number | null }>({ max: 20_000 });
  readonly #asking = new Map<string, Promise<StoredAnswer | undefined>>();
  #unsaved = new Map<string, StoredAnswer & { expiresAt: number | null }>();
  #saveTimer: NodeJS.Timeout | undefined;
  #saving: Promise<void> = Promise.resolve();
  #onError: (error: unknown) => void = () => {};

  constructor(db: Db) {
    this.#db = db;
  }

  /** Who hears of answers that could not be stored (the cache is best effort: they are asked again). */
  reportErrorsTo(onError: (error: unknown) => void): void {
    this.#onError = onError;
  }

  /** The stored answers among these keys (expired research answers are not). */
  async find(keys: string[]): Promise<Map<string, StoredAnswer>> {
    const found = new Map<string, StoredAnswer>();
    const missing: string[] = [];
    for (const key of new Set(keys)) {
      const known = this.recent(key);
      if (known) found.set(key, known);
      else missing.push(key);
    }
    for (let start = 0; start < missing.length; start += LOOKUP_CHUNK) {
      const chunk = missing.slice(start, start + LOOKUP_CHUNK);
      const records = await queryRows<AnswerRecord>(
        this.#db,
        sql`SELECT key, answer, raw, note, steps, model, tokens_in, tokens_out,
              (extract(epoch FROM expires_at) * 1000)::float8 AS expires_ms
            FROM ai_answers WHERE key = ANY(${`{${chunk.join(',')}}`}::text[])
              AND (expires_at IS NULL OR expires_at > now())`,
      );
      for (const record of records) {
        const answer = {
          answer: record.answer,
          raw: record.raw,
          note: record.note,
          steps: record.steps,
          model: record.model,
          tokensIn: record.tokens_in,
          tokensOut: record.tokens_out,
        };
        this.#recent.set(record.key, { ...answer, expiresAt: record.expires_ms });
        found.set(record.key, answer);
      }
    }
    return found;
  }

  /** Which of these keys have a stored answer: what an estimate counts as free. */
  async has(keys: string[]): Promise<Set<string>> {
    return new Set((await this.find(keys)).keys());
  }

  /** An answer this process stored or read lately, still fresh. */
  recent(key: string): StoredAnswer | undefined {
    const known = this.#recent.get(key);
    if (!known) return undefined;
    if (known.expiresAt !== null && known.expiresAt <= Date.now()) {
      this.#recent.delete(key);
      return undefined;
    }
    return known;
  }

  /** The answer to a request this process is asking now: settles when the call ends (undefined if it failed). */
  asking(key: string): Promise<StoredAnswer | undefined> | undefined {
    return this.#asking.get(key);
  }

  /**
   * Marks a request as being asked by this process; the function returned settles it, storing a
   * successful answer first. Failed calls are never stored: the next identical request asks again.
   */
  ask(key: string, maxAgeMs: number | null): (answer: StoredAnswer | undefined) => void {
    let settle: (answer: StoredAnswer | undefined) => void = () => {};
    this.#asking.set(key, new Promise((resolve) => (settle = resolve)));
    return (answer) => {
      if (answer) this.#save(key, answer, maxAgeMs);
      this.#asking.delete(key);
      settle(answer);
    };
  }

  #save(key: string, answer: StoredAnswer, maxAgeMs: number | null): void {
    const stored = { ...answer, expiresAt: maxAgeMs === null ? null : Date.now() + maxAgeMs };
    this.#recent.set(key, stored);
    this.#unsaved.set(key, stored);
    if (this.#unsaved.size >= SAVE_BATCH) void this.flush();
    else this.#saveTimer ??= setTimeout(() => void this.flush(), SAVE_MS);
  }

  /** Writes the answers not stored yet, in one statement; the engine calls it as it stops. */
  flush(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const batch = [...this.#unsaved].map(([key, answer]) => ({
      key,
      answer: answer.answer ?? null,
      raw: answer.raw,
      note: answer.note,
      steps: answer.steps,
      model: answer.model,
      tokens_in: answer.tokensIn,
      tokens_out: answer.tokensOut,
      expires_at: answer.expiresAt === null ? null : new Date(answer.expiresAt).toISOString(),
    }));
    this.#unsaved = new Map();
    if (batch.length === 0) return this.#saving;
    this.#saving = this.#saving.then(() =>
      this.#db
        .execute(
          sql`INSERT INTO ai_answers (key, answer, raw, note, steps, model, tokens_in, tokens_out, expires_at)
              SELECT key, answer, raw, note, steps, model, tokens_in, tokens_out, expires_at
              FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS x(key text, answer jsonb, raw text,
                note text, steps jsonb, model text, tokens_in integer, tokens_out integer, expires_at timestamptz)
              ON CONFLICT (key) DO UPDATE SET answer = excluded.answer, raw = excluded.raw, note = excluded.note,
                steps = excluded.steps, model = excluded.model, tokens_in = excluded.tokens_in,
                tokens_out = excluded.tokens_out, created_at = now(), expires_at = excluded.expires_at`,
        )
        .then(() => undefined, this.#onError),
    );
    return this.#saving;
  }
}

/** The one answer cache of each store, made the first time the engine or an estimate asks for it. */
const caches = new WeakMap<Store, AnswerCache>();

/**
 * The answers this process has stored or is storing: one per store (one per process), so what a run
 * estimate counts as reused is what the engine will reuse, answers not yet written included. Kept here,
 * not on the Store, which knows nothing of the engine.
 */
export function answerCacheOf(store: Store): AnswerCache {
  let cache = caches.get(store);
  if (!cache) {
    cache = new AnswerCache(store.db);
    caches.set(store, cache);
  }
  return cache;
}
