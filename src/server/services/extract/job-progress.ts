import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';
import { enqueueWebhook } from './finish.ts';
import type { JobRecord } from './jobs.ts';

/** Rows an enhancement chunk completes. */
const ENHANCE_BATCH = 10;

interface Counted {
  id: string;
  status: string;
  total_rows: string | number;
  error_message: string | null;
  webhook: JobRecord['webhook'];
  enhancement_context: string | null;
  extract_chunks: number;
  extract_done: number;
  enhance_chunks: number;
  enhance_done: number;
}

/** Where failed parts come from, for the job's error: "catalog.pdf p. 3, scan.png" (three at most). */
const partsNamed = (chunks: Array<{ origin: string }>): string => {
  const origins = [...new Set(chunks.map((chunk) => chunk.origin))];
  return origins.slice(0, 3).join(', ') + (origins.length > 3 ? ', …' : '');
};

/** Queues the enhancement pass: rows with a missing value, in batches of ENHANCE_BATCH. Returns how many chunks. */
async function queueEnhancement(tx: Executor, job: Counted, providerKey: string): Promise<number> {
  const missing = await queryRows<{ row_id: string }>(
    tx,
    sql`SELECT row_id FROM extract_rows WHERE job_id = ${job.id}
          AND EXISTS (SELECT 1 FROM jsonb_each(extracted) e WHERE e.value = 'null'::jsonb
            OR e.value = '""'::jsonb OR e.value = '[]'::jsonb)
        ORDER BY position`,
  );
  const batches: string[][] = [];
  for (let start = 0; start < missing.length; start += ENHANCE_BATCH)
    batches.push(missing.slice(start, start + ENHANCE_BATCH).map((row) => row.row_id));
  if (batches.length === 0) return 0;
  const chunks = batches.map((ids, index) => ({
    n: job.extract_chunks + index,
    text: JSON.stringify(ids),
  }));
  await tx.execute(
    sql`INSERT INTO extract_chunks (job_id, n, kind, text, origin, provider_key)
        SELECT ${job.id}, x.n, 'enhance', x.text, 'enhancement', ${providerKey}
        FROM jsonb_to_recordset(${JSON.stringify(chunks)}::jsonb) AS x(n integer, text text)`,
  );
  return batches.length;
}

/**
 * Counts finished chunks (one, or a batch of the same kind) on their job and moves the job on: when the last extraction chunk is in, the
 * enhancement pass is queued (rows with missing values, in batches) or the job completes; when the
 * last enhancement chunk is in, it completes. Completion records the webhook delivery.
 *
 * The counters move by one atomic UPDATE at the end of the chunk's transaction, so the job's row is
 * locked only from there to the commit, not across the chunk's writes; the UPDATE returns the counts
 * after it, so exactly one chunk's transaction sees the last one in and finishes the job.
 */
export async function advanceJob(
  tx: Executor,
  chunk: { jobId: string; kind: string; providerKey: string },
  rowsAdded: number,
  chunksDone = 1,
): Promise<void> {
  const extracting = chunk.kind !== 'enhance';
  const [job] = await queryRows<Counted>(
    tx,
    sql`UPDATE extract_jobs SET total_rows = total_rows + ${rowsAdded},
          extract_done = extract_done + ${extracting ? chunksDone : 0}, enhance_done = enhance_done + ${extracting ? 0 : chunksDone},
          updated_at = now()
        WHERE id = ${chunk.jobId}
        RETURNING id, status, total_rows, error_message, webhook, enhancement_context, extract_chunks,
          extract_done, enhance_chunks, enhance_done`,
  );
  if (!job) throw new Error('Extraction job not found');
  if (job.extract_done !== job.extract_chunks) return;
  if (extracting && job.enhancement_context) {
    job.enhance_chunks = await queueEnhancement(tx, job, chunk.providerKey);
    if (job.enhance_chunks > 0) {
      await tx.execute(
        sql`UPDATE extract_jobs SET enhance_chunks = ${job.enhance_chunks} WHERE id = ${job.id}`,
      );
      return;
    }
  }
  if (job.enhance_done !== job.enhance_chunks) return;
  const failedChunks = await queryRows<{ error: string | null; origin: string }>(
    tx,
    sql`SELECT error, origin FROM extract_chunks WHERE job_id = ${job.id} AND kind <> 'enhance' AND status = 'failed' ORDER BY n`,
  );
  const status = failedChunks.length === job.extract_chunks ? 'failed' : 'completed';
  const errorMessage =
    failedChunks.length > 0
      ? `${failedChunks.length} of ${job.extract_chunks} parts could not be extracted (${partsNamed(failedChunks)}): ${failedChunks[0]?.error ?? ''}`
      : job.error_message;
  await tx.execute(
    sql`UPDATE extract_jobs SET status = ${status}, error_message = ${errorMessage} WHERE id = ${job.id}`,
  );
  await enqueueWebhook(tx, {
    id: job.id,
    status,
    totalRows: Number(job.total_rows),
    errorMessage,
    webhook: job.webhook,
  });
}
