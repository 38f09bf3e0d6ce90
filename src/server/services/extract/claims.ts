import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';
import { enqueueWebhook } from './finish.ts';
import type { JobWebhook } from './jobs.ts';
import type { ClaimedChunk } from './write-chunk.ts';

/**
 * Claims one queued job to parse (none held by a live server, attempts left), under a lease. Parsing
 * is done by one server; the chunks it makes are then shared by all.
 */
export async function claimJob(
  executor: Executor,
  options: { owner: string; leaseMs: number; maxAttempts: number },
): Promise<string | null> {
  const [claimed] = await queryRows<{ id: string }>(
    executor,
    sql`UPDATE extract_jobs SET lease_owner = ${options.owner}, attempts = attempts + 1,
          lease_until = now() + ${options.leaseMs} * interval '1 millisecond'
        WHERE id = (SELECT id FROM extract_jobs WHERE status = 'queued' AND attempts < ${options.maxAttempts}
          AND (lease_until IS NULL OR lease_until < now()) ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
  );
  return claimed?.id ?? null;
}

/**
 * Fails queued jobs whose parsing the server went away from as often as a job may be tried (a
 * document that exhausts memory would take every server down in turn), with the webhook's delivery.
 * Returns the tables of the jobs failed.
 */
export async function failUnparsedJobs(tx: Executor, maxAttempts: number): Promise<string[]> {
  const reason = `Stopped after ${maxAttempts} attempts to read the sources: the server reading them went away each time`;
  const failed = await queryRows<{ id: string; table_id: string; webhook: JobWebhook | null }>(
    tx,
    sql`UPDATE extract_jobs SET status = 'failed', error_message = ${reason}, lease_owner = NULL,
          lease_until = NULL, updated_at = now()
        WHERE status = 'queued' AND attempts >= ${maxAttempts} AND (lease_until IS NULL OR lease_until < now())
        RETURNING id, table_id, webhook`,
  );
  for (const job of failed)
    await enqueueWebhook(tx, {
      id: job.id,
      status: 'failed',
      totalRows: 0,
      errorMessage: reason,
      webhook: job.webhook,
    });
  return failed.map((job) => job.table_id);
}

interface ChunkRecord {
  job_id: string;
  n: number;
  kind: string;
  text: string;
  origin: string;
  provider_key: string;
  attempts: number;
}

const chunkOf = (record: ChunkRecord): ClaimedChunk => ({
  jobId: record.job_id,
  n: Number(record.n),
  kind: record.kind as ClaimedChunk['kind'],
  text: record.text,
  origin: record.origin,
  providerKey: record.provider_key,
  attempts: Number(record.attempts),
});

/**
 * Claims up to `limit` pending chunks for one provider, the first unfinished chunks of the oldest
 * jobs first, skipping chunks other servers hold (SKIP LOCKED).
 */
export async function claimChunks(
  executor: Executor,
  options: { providerKey: string; limit: number; owner: string; leaseMs: number },
): Promise<ClaimedChunk[]> {
  const records = await queryRows<ChunkRecord>(
    executor,
    sql`WITH picked AS (
          SELECT job_id, n FROM extract_chunks
          WHERE status = 'pending' AND available_at <= now() AND provider_key = ${options.providerKey}
          ORDER BY available_at, job_id, n LIMIT ${options.limit} FOR UPDATE SKIP LOCKED)
        UPDATE extract_chunks c SET status = 'in_progress', lease_owner = ${options.owner},
          lease_until = now() + ${options.leaseMs} * interval '1 millisecond', attempts = c.attempts + 1
        FROM picked WHERE c.job_id = picked.job_id AND c.n = picked.n
        RETURNING c.job_id, c.n, c.kind, c.text, c.origin, c.provider_key, c.attempts`,
  );
  return records.map(chunkOf);
}

/** Whether chunks for a provider wait to be claimed now. */
export async function hasPendingChunks(executor: Executor, providerKey: string): Promise<boolean> {
  const found = await queryRows(
    executor,
    sql`SELECT 1 FROM extract_chunks
        WHERE status = 'pending' AND available_at <= now() AND provider_key = ${providerKey} LIMIT 1`,
  );
  return found.length > 0;
}

/** Keeps this server's chunks and the job it parses its own while it works on them. */
export async function extendLeases(executor: Executor, owner: string, leaseMs: number): Promise<void> {
  const until = sql`now() + ${leaseMs} * interval '1 millisecond'`;
  await executor.execute(
    sql`UPDATE extract_chunks SET lease_until = ${until} WHERE lease_owner = ${owner} AND status = 'in_progress'`,
  );
  await executor.execute(
    sql`UPDATE extract_jobs SET lease_until = ${until} WHERE lease_owner = ${owner} AND status = 'queued'`,
  );
}

/** A chunk whose server went away while it held it, as that server claimed it (to fence its failure). */
export type LostChunk = ClaimedChunk & { owner: string };

/**
 * Returns chunks whose server went away (lease expired, or all of them when `all`: the embedded
 * store's previous process is certainly gone) to the queue, to be extracted again from scratch: their
 * rows were never written, as rows are written with the chunk's completion. A chunk that has used its
 * attempts is not queued again (it may be what kills its server) but returned, for the caller to fail.
 */
export async function reapChunks(
  executor: Executor,
  options: { all: boolean; maxAttempts: number },
): Promise<{ requeued: number; lost: LostChunk[] }> {
  const expired = sql`status = 'in_progress' AND (${options.all} OR lease_until < now())`;
  const requeued = await queryRows(
    executor,
    sql`UPDATE extract_chunks SET status = 'pending', lease_owner = NULL, lease_until = NULL, available_at = now()
        WHERE ${expired} AND attempts < ${options.maxAttempts} RETURNING n`,
  );
  const lost = await queryRows<ChunkRecord & { lease_owner: string }>(
    executor,
    sql`SELECT job_id, n, kind, text, origin, provider_key, attempts, lease_owner FROM extract_chunks
        WHERE ${expired} AND attempts >= ${options.maxAttempts}`,
  );
  if (options.all)
    await executor.execute(sql`UPDATE extract_jobs SET lease_until = NULL WHERE status = 'queued'`);
  return {
    requeued: requeued.length,
    lost: lost.map((record) => ({ ...chunkOf(record), owner: record.lease_owner })),
  };
}

/** Puts a chunk back in the queue after a failed call that may succeed later. */
export async function retryChunk(
  executor: Executor,
  chunk: ClaimedChunk,
  owner: string,
  error: string,
  delayMs: number,
): Promise<void> {
  await executor.execute(
    sql`UPDATE extract_chunks SET status = 'pending', error = ${error}, lease_owner = NULL, lease_until = NULL,
          available_at = now() + ${delayMs} * interval '1 millisecond'
        WHERE job_id = ${chunk.jobId} AND n = ${chunk.n} AND lease_owner = ${owner} AND attempts = ${chunk.attempts}`,
  );
}

/** Gives back chunks this server claimed and will not call (it is stopping), their attempt not counted. */
export async function releaseChunks(executor: Executor, owner: string): Promise<void> {
  await executor.execute(
    sql`UPDATE extract_chunks SET status = 'pending', attempts = attempts - 1, lease_owner = NULL, lease_until = NULL
        WHERE lease_owner = ${owner} AND status = 'in_progress'`,
  );
}
