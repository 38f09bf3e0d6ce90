import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { JobRecord } from './jobs.ts';

/** The webhook body Lasso sends: the event, when, and the table's id, status and rows. */
export function webhookBody(job: Pick<JobRecord, 'id' | 'status' | 'totalRows' | 'errorMessage'>): {
  event: string;
  text: string;
} {
  const event = job.status === 'failed' ? 'table.failed' : 'table.completed';
  const body = {
    event,
    timestamp: new Date().toISOString(),
    data: {
      table_id: job.id,
      status: job.status,
      total_rows: job.totalRows,
      ...(job.status === 'failed' && { error_message: job.errorMessage }),
    },
  };
  return { event, text: JSON.stringify(body) };
}

/** Records the job's webhook delivery (with the write that ended the job, so none is lost in a crash). */
export async function enqueueWebhook(
  tx: Executor,
  job: Pick<JobRecord, 'id' | 'status' | 'totalRows' | 'errorMessage' | 'webhook'>,
): Promise<void> {
  if (!job.webhook) return;
  const { event, text } = webhookBody(job);
  await tx.execute(
    sql`INSERT INTO extract_deliveries (job_id, event, body) VALUES (${job.id}, ${event}, ${text})`,
  );
}
