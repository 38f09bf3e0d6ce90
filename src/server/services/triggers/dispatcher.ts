import { eq, sql } from 'drizzle-orm';
import type { RowData } from '../../../contract/rows.ts';
import { type Trigger, TriggerEventBody } from '../../../contract/triggers.ts';
import { queryRows } from '../../db/database.ts';
import { triggers } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { matchesCondition } from './condition.ts';
import { type ActionContext, runAction } from './run-action.ts';
import { storedAction, toTrigger } from './trigger-record.ts';

export interface DispatcherOptions {
  /** How often the outbox is read when nothing announced new events. */
  pollMs: number;
  /** First retry delay; each further retry waits twice as long. */
  retryBaseMs: number;
  /** Attempts before an event is marked failed. */
  maxAttempts: number;
  /** How long a claimed event is this server's before another may take it (a crashed server's work returns). */
  leaseMs: number;
  /** Timeout of one webhook call. */
  webhookTimeoutMs: number;
}

interface EventRecord {
  id: number | string;
  trigger_id: string;
  table_id: string;
  event: Trigger['triggerEvent'];
  row_id: string;
  before: RowData | null;
  after: RowData | null;
  chain: string[];
  attempts: number;
  created_at: Date | string;
}

const CLAIM_BATCH = 20;

/**
 * Delivers trigger events after their writes commit. Events are claimed with FOR UPDATE SKIP LOCKED
 * and a lease, so servers sharing a PostgreSQL never take the same event and events of a server that
 * died are taken again once its lease ends. A delivered (or skipped) event is deleted; a failed attempt
 * is retried with exponential backoff, then the event is kept as failed. Delivery is at least once: an
 * action that succeeded just before a crash runs again after it.
 */
export class TriggerDispatcher {
  readonly #store: Store;
  readonly #logger: Logger;
  readonly #options: DispatcherOptions;
  readonly #context: ActionContext;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #closed = false;

  constructor(
    store: Store,
    logger: Logger,
    options: DispatcherOptions,
    context: Omit<ActionContext, 'store'>,
  ) {
    this.#store = store;
    this.#logger = logger;
    this.#options = options;
    this.#context = { store, ...context };
  }

  start(): void {
    this.#schedule(0);
  }

  /** New events were recorded (not yet committed): look again shortly. */
  kick(): void {
    if (this.#closed) return;
    if (this.#running) this.#again = true;
    else this.#schedule(20);
  }

  /** Stops taking events and waits for the ones in hand. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(delayMs: number): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#running = this.#drain()
        .catch((error: unknown) => this.#logger.error({ err: error }, 'trigger dispatch failed'))
        .finally(() => {
          this.#running = undefined;
          this.#schedule(this.#again ? 20 : this.#options.pollMs);
          this.#again = false;
        });
    }, delayMs);
    this.#timer.unref();
  }

  async #drain(): Promise<void> {
    for (let round = 0; round < 50 && !this.#closed; round++) {
      const events = await this.#claim();
      if (events.length === 0) return;
      for (const event of events) await this.#deliver(event);
    }
  }

  #claim(): Promise<EventRecord[]> {
    return queryRows<EventRecord>(
      this.#store.db,
      sql`UPDATE trigger_events SET locked_until = now() + ${`${this.#options.leaseMs} milliseconds`}::interval,
                                  attempts = attempts + 1
          WHERE id IN (SELECT id FROM trigger_events
                       WHERE status = 'pending' AND next_attempt_at <= now()
                         AND (locked_until IS NULL OR locked_until < now())
                       ORDER BY id LIMIT ${CLAIM_BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id, trigger_id, table_id, event, row_id, before, after, chain, attempts, created_at`,
    ).then((rows) => rows.sort((a, b) => Number(a.id) - Number(b.id)));
  }

  async #deliver(event: EventRecord): Promise<void> {
    const [record] = await this.#store.db.select().from(triggers).where(eq(triggers.id, event.trigger_id));
    // The action gets the stored config (webhook headers sealed, opened by the action), not the API's view.
    const trigger = record && { ...toTrigger(record), ...storedAction(record) };
    const table = await this.#store.tables.get(event.table_id).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    const data = event.after ?? event.before ?? {};
    if (
      !trigger ||
      !table ||
      trigger.status !== 'active' ||
      !matchesCondition(table.columns, data, trigger.condition)
    ) {
      await this.#finish(event);
      return;
    }
    if (event.attempts === 1) {
      await this.#store.db
        .update(triggers)
        .set({ fireCount: sql`${triggers.fireCount} + 1`, lastFiredAt: new Date() })
        .where(eq(triggers.id, trigger.id));
    }
    const body = TriggerEventBody.parse({
      event: event.event,
      trigger: { id: trigger.id, name: trigger.name },
      table: { id: table.id, name: table.name },
      row: { id: event.row_id, data: event.after },
      before: event.before,
      occurredAt: new Date(event.created_at).toISOString(),
      deliveryId: String(event.id),
    });
    try {
      await runAction(this.#context, trigger, body, data, event.chain, this.#options.webhookTimeoutMs);
      await this.#store.db.update(triggers).set({ lastError: null }).where(eq(triggers.id, trigger.id));
      await this.#finish(event);
    } catch (error) {
      await this.#failed(event, trigger, error);
    }
  }

  async #finish(event: EventRecord): Promise<void> {
    await this.#store.db.execute(sql`DELETE FROM trigger_events WHERE id = ${event.id}`);
  }

  async #failed(event: EventRecord, trigger: Trigger, error: unknown): Promise<void> {
    const retryable =
      (error as { retryable?: boolean }).retryable ??
      !String((error as { code?: unknown }).code ?? '').startsWith('22');
    const reason = error instanceof Error ? error.message : String(error);
    const last = !retryable || event.attempts >= this.#options.maxAttempts;
    const message = last
      ? `${reason}${event.attempts > 1 ? ` (gave up after ${event.attempts} attempts)` : ''}`
      : `${reason} (attempt ${event.attempts} of ${this.#options.maxAttempts}, retrying)`;
    const delayMs = this.#options.retryBaseMs * 2 ** (event.attempts - 1);
    await this.#store.db.execute(
      last
        ? sql`UPDATE trigger_events SET status = 'failed', last_error = ${message}, locked_until = NULL WHERE id = ${event.id}`
        : sql`UPDATE trigger_events SET last_error = ${message}, locked_until = NULL,
                next_attempt_at = now() + ${`${delayMs} milliseconds`}::interval WHERE id = ${event.id}`,
    );
    await this.#store.db
      .update(triggers)
      .set({ lastError: message.slice(0, 2000), lastErrorAt: new Date() })
      .where(eq(triggers.id, trigger.id));
    if (!(error as { retryable?: boolean }).retryable && retryable)
      this.#logger.warn({ err: error, triggerId: trigger.id }, 'trigger action failed');
    if (!last) this.#schedule(Math.min(delayMs, this.#options.pollMs));
  }
}
