import { sql } from 'drizzle-orm';
import type { Row } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { insertRowsStatement } from '../rows/row-insert.ts';
import { writeRowsData } from '../rows/row-writes.ts';
import { getRow } from '../rows/rows.ts';
import { newId } from '../store/ids.ts';
import { deriveRow, hookStatements } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { advanceVersionStatement } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { itemOrigin } from './chunk.ts';
import { isMissing } from './columns.ts';
import { enqueueWebhook } from './finish.ts';
import type { CheckedItem, ValidationIssue } from './items.ts';
import type { JobRecord } from './jobs.ts';
import { fillMissing } from './merge.ts';

/** A chunk this server holds, at this attempt (its writes are fenced by it). */
export interface ClaimedChunk {
  jobId: string;
  n: number;
  /** Text to extract from, an image (a data URL) to extract from, or rows to complete. */
  kind: 'extract' | 'image' | 'enhance';
  text: string;
  origin: string;
  providerKey: string;
  attempts: number;
}

/** Rows an enhancement chunk completes. */
const ENHANCE_BATCH = 10;
/** Chunk numbers of an item's position: chunk * this + item. */
const POSITION_STEP = 1_000_000;

/** Marks the chunk done (or failed) if it is still this attempt's; false when another took it over. */
async function closeChunk(
  tx: Executor,
  chunk: ClaimedChunk,
  owner: string,
  outcome: { status: 'done' | 'failed'; error?: string },
): Promise<boolean> {
  const closed = await queryRows(
    tx,
    sql`UPDATE extract_chunks SET status = ${outcome.status}, error = ${outcome.error ?? null},
          lease_owner = NULL, lease_until = NULL
        WHERE job_id = ${chunk.jobId} AND n = ${chunk.n} AND status = 'in_progress'
          AND lease_owner = ${owner} AND attempts = ${chunk.attempts}
        RETURNING n`,
  );
  return closed.length > 0;
}

async function lockJob(tx: Executor, jobId: string): Promise<JobRecord> {
  const [job] = await queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT * FROM extract_jobs WHERE id = ${jobId} FOR UPDATE`,
  );
  if (!job) throw new Error('Extraction job not found');
  return {
    id: job.id,
    tableId: job.table_id,
    status: job.status,
    totalRows: Number(job.total_rows),
    errorMessage: job.error_message,
    webhook: job.webhook,
    enhancementContext: job.enhancement_context,
    extractChunks: Number(job.extract_chunks),
    extractDone: Number(job.extract_done),
    enhanceChunks: Number(job.enhance_chunks),
    enhanceDone: Number(job.enhance_done),
  } as JobRecord;
}

/** Where failed parts come from, for the job's error: "catalog.pdf p. 3, scan.png" (three at most). */
const partsNamed = (chunks: Array<{ origin: string }>): string => {
  const origins = [...new Set(chunks.map((chunk) => chunk.origin))];
  return origins.slice(0, 3).join(', ') + (origins.length > 3 ? ', …' : '');
};

/**
 * Counts a finished chunk on its job and moves the job on: when the last extraction chunk is in, the
 * enhancement pass is queued (rows with missing values, in batches) or the job completes; when the
 * last enhancement chunk is in, it completes. Completion records the webhook delivery.
 */
async function advanceJob(
  tx: Executor,
  job: JobRecord,
  chunk: ClaimedChunk,
  rowsAdded: number,
): Promise<void> {
  const next = { ...job, totalRows: job.totalRows + rowsAdded };
  const extracting = chunk.kind !== 'enhance';
  if (extracting) next.extractDone++;
  else next.enhanceDone++;
  const failedChunks = await queryRows<{ n: number; error: string | null; origin: string }>(
    tx,
    sql`SELECT n, error, origin FROM extract_chunks WHERE job_id = ${job.id} AND kind <> 'enhance' AND status = 'failed' ORDER BY n`,
  );
  if (extracting && next.extractDone === next.extractChunks) {
    const missing = next.enhancementContext
      ? await queryRows<{ row_id: string }>(
          tx,
          sql`SELECT row_id FROM extract_rows WHERE job_id = ${job.id}
                AND EXISTS (SELECT 1 FROM jsonb_each(extracted) e WHERE e.value = 'null'::jsonb
                  OR e.value = '""'::jsonb OR e.value = '[]'::jsonb)
              ORDER BY position`,
        )
      : [];
    for (let start = 0; start < missing.length; start += ENHANCE_BATCH) {
      const ids = missing.slice(start, start + ENHANCE_BATCH).map((row) => row.row_id);
      await tx.execute(
        sql`INSERT INTO extract_chunks (job_id, n, kind, text, origin, provider_key)
            VALUES (${job.id}, ${next.extractChunks + next.enhanceChunks}, 'enhance', ${JSON.stringify(ids)},
              'enhancement', ${chunk.providerKey})`,
      );
      next.enhanceChunks++;
    }
  }
  const finished = next.extractDone === next.extractChunks && next.enhanceDone === next.enhanceChunks;
  if (finished) {
    const allFailed = failedChunks.length === next.extractChunks;
    next.status = allFailed ? 'failed' : 'completed';
    next.errorMessage =
      failedChunks.length > 0
        ? `${failedChunks.length} of ${next.extractChunks} parts could not be extracted (${partsNamed(failedChunks)}): ${failedChunks[0]?.error ?? ''}`
        : job.errorMessage;
  }
  await tx.execute(
    sql`UPDATE extract_jobs SET total_rows = ${next.totalRows}, extract_done = ${next.extractDone},
          enhance_done = ${next.enhanceDone}, enhance_chunks = ${next.enhanceChunks}, status = ${next.status},
          error_message = ${next.errorMessage}, updated_at = now()
        WHERE id = ${job.id}`,
  );
  if (finished) await enqueueWebhook(tx, next);
}

/** Inserts new rows into the ordinary table the way an API insert does (version, history, hooks). */
async function insertTableRows(
  store: Store,
  tx: Executor,
  table: TableMeta,
  data: Row['data'][],
): Promise<Row[]> {
  const createdAt = new Date().toISOString();
  const rows: Row[] = data.map((values) => ({
    id: newId(),
    tableId: table.id,
    data: deriveRow(store.rowHooks, table, values),
    version: 1,
    createdBy: 'extraction',
    createdAt,
    updatedAt: createdAt,
  }));
  if (rows.length === 0) return rows;
  await tx.execute(advanceVersionStatement(table.id, rows.length));
  await tx.execute(insertRowsStatement(table, rows, 'create'));
  const write = {
    table,
    changes: rows.map((row) => ({ rowId: row.id, before: null, after: row.data })),
    source: 'ai' as const,
    actor: 'extraction',
  };
  for (const statement of hookStatements(store.rowHooks, write)) await tx.execute(statement);
  return rows;
}

/**
 * Writes one extraction chunk's items in one transaction with the chunk's completion, so a chunk's
 * rows are written exactly once whatever crashes. An item already seen (same identity, from the
 * overlap or an item cut at a boundary) adds only the values its row lacks; a new one becomes a row.
 */
export async function writeExtracted(
  store: Store,
  table: TableMeta,
  chunk: ClaimedChunk,
  owner: string,
  items: CheckedItem[],
): Promise<boolean> {
  return store.db.transaction(async (tx) => {
    if (!(await closeChunk(tx, chunk, owner, { status: 'done' }))) return false;
    const job = await lockJob(tx, chunk.jobId);
    const identities = items.flatMap((item) => (item.identity ? [item.identity] : []));
    const known = await queryRows<{
      row_id: string;
      identity: string;
      extracted: Record<string, unknown>;
      validation_errors: ValidationIssue[];
    }>(
      tx,
      sql`SELECT row_id, identity, extracted, validation_errors FROM extract_rows
          WHERE job_id = ${chunk.jobId} AND identity = ANY(${`{${identities.map((id) => JSON.stringify(id)).join(',')}}`}::text[])`,
    );
    const byIdentity = new Map(known.map((row) => [row.identity, row]));
    const fresh: Array<{ item: CheckedItem; index: number }> = [];
    for (const [index, item] of items.entries()) {
      if (!item.identity) continue;
      const seen = byIdentity.get(item.identity);
      if (!seen) {
        fresh.push({ item, index });
        // The same item twice in one chunk is one row too.
        byIdentity.set(item.identity, {
          row_id: '',
          identity: item.identity,
          extracted: item.extracted,
          validation_errors: item.errors,
        });
        continue;
      }
      // Nothing new in this sighting (the overlap's usual case): no need to read the row.
      if (!seen.row_id || Object.keys(fillMissing(seen.extracted, item.values)).length === 0) continue;
      await mergeInto(store, tx, table, chunk.jobId, seen, item);
    }
    const inserted = await insertTableRows(
      store,
      tx,
      table,
      fresh.map(({ item }) => item.values),
    );
    for (const [index, row] of inserted.entries()) {
      const { item, index: position } = fresh[index] as { item: CheckedItem; index: number };
      await tx.execute(
        sql`INSERT INTO extract_rows (job_id, row_id, position, identity, validation_status, validation_errors, extracted, source)
            VALUES (${chunk.jobId}, ${row.id}, ${chunk.n * POSITION_STEP + position}, ${item.identity},
              ${item.errors.length > 0 ? 'invalid' : 'valid'}, ${JSON.stringify(item.errors)}::jsonb,
              ${JSON.stringify(item.extracted)}::jsonb,
              ${JSON.stringify({ origin: chunk.kind === 'image' ? chunk.origin : itemOrigin(chunk, item.excerpt), excerpt: item.excerpt })}::jsonb)`,
      );
    }
    await advanceJob(tx, job, chunk, inserted.length);
    store.tables.changed(table.id);
    return true;
  });
}

/** A second sighting of an item: fills the values its row lacks, in the table and in what was extracted. */
async function mergeInto(
  store: Store,
  tx: Executor,
  table: TableMeta,
  jobId: string,
  seen: { row_id: string; extracted: Record<string, unknown>; validation_errors: ValidationIssue[] },
  item: CheckedItem,
): Promise<void> {
  const current = await getRow(tx, table, seen.row_id, true).catch(() => undefined);
  if (!current) return;
  const filled = fillMissing(current.data, item.values);
  if (Object.keys(filled).length === 0) return;
  await writeRowsData(store, tx, table, [{ current, given: { ...current.data, ...filled } }], {
    action: 'update',
    source: 'ai',
    actor: 'extraction',
  });
  const errors = seen.validation_errors.filter((issue) => !(issue.column in filled));
  const extracted = { ...seen.extracted, ...filled };
  await tx.execute(
    sql`UPDATE extract_rows SET extracted = ${JSON.stringify(extracted)}::jsonb,
          validation_errors = ${JSON.stringify(errors)}::jsonb,
          validation_status = ${errors.length > 0 ? 'invalid' : 'valid'}
        WHERE job_id = ${jobId} AND row_id = ${seen.row_id}`,
  );
}

/**
 * Writes an enhancement chunk's answers: only values a row still lacks are filled (a value a person
 * typed meanwhile stays), each marked "enhanced" in enhancement_status, the rest "not_found".
 */
export async function writeEnhanced(
  store: Store,
  table: TableMeta,
  chunk: ClaimedChunk,
  owner: string,
  answers: Map<string, CheckedItem>,
): Promise<boolean> {
  return store.db.transaction(async (tx) => {
    if (!(await closeChunk(tx, chunk, owner, { status: 'done' }))) return false;
    const job = await lockJob(tx, chunk.jobId);
    for (const rowId of JSON.parse(chunk.text) as string[]) {
      const current = await getRow(tx, table, rowId, true).catch(() => undefined);
      if (!current) continue;
      const answer = answers.get(rowId);
      const filled = answer ? fillMissing(current.data, answer.values) : {};
      const missing = table.columns.filter((column) => isMissing(current.data[column.name]));
      const status = Object.fromEntries(
        missing.map((column) => [column.name, column.name in filled ? 'enhanced' : 'not_found']),
      );
      if (Object.keys(filled).length > 0)
        await writeRowsData(store, tx, table, [{ current, given: { ...current.data, ...filled } }], {
          action: 'update',
          source: 'ai',
          actor: 'enhancement',
        });
      await tx.execute(
        sql`UPDATE extract_rows SET enhancement_status = ${JSON.stringify(status)}::jsonb,
              extracted = extracted || ${JSON.stringify(filled)}::jsonb
            WHERE job_id = ${chunk.jobId} AND row_id = ${rowId}`,
      );
    }
    await advanceJob(tx, job, chunk, 0);
    store.tables.changed(table.id);
    return true;
  });
}

/** A chunk that failed for good: counted as finished, its error kept; the job goes on without it. */
export async function writeChunkFailure(
  store: Store,
  chunk: ClaimedChunk,
  owner: string,
  error: string,
): Promise<boolean> {
  return store.db.transaction(async (tx) => {
    if (!(await closeChunk(tx, chunk, owner, { status: 'failed', error }))) return false;
    const job = await lockJob(tx, chunk.jobId);
    await advanceJob(tx, job, chunk, 0);
    return true;
  });
}
