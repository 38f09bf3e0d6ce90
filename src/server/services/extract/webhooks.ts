import { createHmac, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { WebhookDelivery } from '../../../contract/extract.ts';
import type { ExtractConfig } from '../../config.ts';
import { queryRows } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import { OutboundError, postJson } from '../../net/outbound.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import type { Store } from '../store/store.ts';
import type { JobWebhook } from './jobs.ts';

interface DueDelivery {
  id: number;
  job_id: string;
  event: string;
  body: string;
  attempts: number;
  webhook: JobWebhook | null;
}

interface AttemptRecord {
  delivery_id: string;
  at: string;
  status_code: number | null;
  error: string | null;
}

/** The HMAC-SHA256 of the raw body with the server's secret, as Lasso signs: "sha256=<hex>". */
export const signature = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * Delivers extraction webhooks from the store's outbox (extract_deliveries): each attempt with a new
 * X-Lasso-Delivery-Id, signed when WEBHOOK_SECRET is set, with the table's custom auth header; a
 * failed attempt is retried after each of WEBHOOK_RETRY_DELAYS_MS in turn, then abandoned. Every
 * attempt is recorded.
 */
export class WebhookSender {
  #busy = false;
  readonly store: Store;
  readonly config: ExtractConfig;
  readonly secrets: SecretBox;
  readonly logger: Logger;

  constructor(store: Store, config: ExtractConfig, secrets: SecretBox, logger: Logger) {
    this.store = store;
    this.config = config;
    this.secrets = secrets;
    this.logger = logger;
  }

  /** Delivers what is due soon (a job just finished). */
  kick(): void {
    void this.deliverDue().catch((error: unknown) =>
      this.logger.warn({ err: error }, 'webhook delivery failed'),
    );
  }

  async deliverDue(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      const lockMs = this.config.webhookTimeoutMs * 2;
      const due = await queryRows<DueDelivery>(
        this.store.db,
        sql`UPDATE extract_deliveries d SET attempts = d.attempts + 1,
              locked_until = now() + ${lockMs} * interval '1 millisecond'
            FROM extract_jobs j
            WHERE d.id IN (SELECT id FROM extract_deliveries WHERE status = 'pending' AND next_attempt_at <= now()
                AND (locked_until IS NULL OR locked_until < now()) ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED)
              AND j.id = d.job_id
            RETURNING d.id, d.job_id, d.event, d.body, d.attempts, j.webhook`,
      );
      await Promise.all(due.map((delivery) => this.#attempt(delivery)));
    } finally {
      this.#busy = false;
    }
  }

  async #attempt(delivery: DueDelivery): Promise<void> {
    const webhook = delivery.webhook;
    if (!webhook) return;
    const deliveryId = randomUUID();
    const headers: Record<string, string> = {
      'X-Lasso-Event': delivery.event,
      'X-Lasso-Delivery-Id': deliveryId,
    };
    if (this.config.webhookSecret)
      headers['X-Lasso-Signature'] = signature(this.config.webhookSecret, delivery.body);
    if (webhook.headerName && webhook.sealedHeaderValue)
      headers[webhook.headerName] = this.secrets.open(webhook.sealedHeaderValue);
    const record: AttemptRecord = {
      delivery_id: deliveryId,
      at: new Date().toISOString(),
      status_code: null,
      error: null,
    };
    try {
      // postJson sends JSON.stringify of what it is given: the very text that was signed.
      record.status_code = await postJson(webhook.url, JSON.parse(delivery.body), {
        headers,
        timeoutMs: this.config.webhookTimeoutMs,
      });
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
      if (error instanceof OutboundError) record.status_code = error.status ?? null;
    }
    const delays = this.config.webhookRetryDelaysMs;
    const delivered = record.error === null;
    const retryIn = delays[delivery.attempts - 1];
    const status = delivered ? 'delivered' : retryIn === undefined ? 'abandoned' : 'pending';
    await this.store.db.execute(
      sql`UPDATE extract_deliveries SET status = ${status}, locked_until = NULL,
            attempts_log = attempts_log || ${JSON.stringify([record])}::jsonb,
            next_attempt_at = now() + ${retryIn ?? 0} * interval '1 millisecond'
          WHERE id = ${delivery.id}`,
    );
  }
}

/** A table's webhook deliveries with every attempt, oldest first. */
export async function listDeliveries(store: Store, jobId: string): Promise<WebhookDelivery[]> {
  const records = await queryRows<{
    event: string;
    status: string;
    attempts_log: AttemptRecord[];
    next_attempt_at: Date | string;
  }>(
    store.db,
    sql`SELECT event, status, attempts_log, next_attempt_at FROM extract_deliveries WHERE job_id = ${jobId} ORDER BY id`,
  );
  return records.map((record) => ({
    event: record.event,
    status: record.status as WebhookDelivery['status'],
    attempts: record.attempts_log,
    next_attempt_at: record.status === 'pending' ? new Date(record.next_attempt_at).toISOString() : null,
  }));
}
