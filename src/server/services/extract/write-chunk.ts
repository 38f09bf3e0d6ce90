import { sql } from 'drizzle-orm';
import type { Row } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { insertRowsStatement } from '../rows/row-insert.ts';
import { writeRowsData } from '../rows/row-writes.ts';
import { readRow } from '../rows/rows.ts';
import { newId } from '../store/ids.ts';
import { deriveRow, hookStatements } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { advanceVersionStatement } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { originFinder } from './chunk.ts';
import { isMissing } from './columns.ts';
import type { CheckedItem, ValidationIssue } from './items.ts';
import { advanceJob } from './job-progress.ts';
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

/** Marks chunks done in one statement, those still this attempt's; returns the ones it closed ("job:n"). */
async function closeChunksDone(tx: Executor, chunks: ClaimedChunk[], owner: string): Promise<Set<string>> {
  const held = chunks.map((chunk) => ({ job_id: chunk.jobId, n: chunk.n, attempts: chunk.attempts }));
  const closed = await queryRows<{ job_id: string; n: number }>(
    tx,
    sql`UPDATE extract_chunks c SET status = 'done', error = NULL, lease_owner = NULL, lease_until = NULL
        FROM jsonb_to_recordset(${JSON.stringify(held)}::jsonb) AS x(job_id text, n integer, attempts integer)
        WHERE c.job_id = x.job_id AND c.n = x.n AND c.attempts = x.attempts
          AND c.status = 'in_progress' AND c.lease_owner = ${owner}
        RETURNING c.job_id, c.n`,
  );
  return new Set(closed.map((chunk) => `${chunk.job_id}:${Number(chunk.n)}`));
}

/**
 * Takes the table's write lock (the row its change sequence lives on, table-changes.ts), which every
 * write of the table takes for its version anyway. Taken first, it makes the identity check and the
 * inserts after it one step: two chunks of a job (on this server or another) never both find an
 * item new, so nothing is extracted twice, and no lock of the job is held across the chunk's writes.
 */
async function lockTable(tx: Executor, tableId: string): Promise<void> {
  await tx.execute(sql`SELECT 1 FROM user_tables WHERE id = ${tableId} FOR UPDATE`);
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

/** One extraction chunk's checked items, to be written with its completion. */
export interface ExtractedChunk {
  chunk: ClaimedChunk;
  items: CheckedItem[];
}

interface KnownRow {
  row_id: string;
  extracted: Record<string, unknown>;
  validation_errors: ValidationIssue[];
}

/** A new item of the batch, to become a row; a later sighting in the batch fills its missing values. */
interface FreshItem {
  jobId: string;
  item: CheckedItem;
  position: number;
  source: { origin: string; excerpt: string };
}

/** A later sighting of an item not yet written: the values it lacks are taken from this one. */
function fillFresh(fresh: FreshItem, item: CheckedItem): void {
  const filled = fillMissing(fresh.item.values, item.values);
  if (Object.keys(filled).length === 0) return;
  fresh.item = {
    ...fresh.item,
    values: { ...fresh.item.values, ...filled },
    extracted: { ...fresh.item.extracted, ...filled },
    errors: fresh.item.errors.filter((issue) => !(issue.column in filled)),
  };
}

/**
 * Writes extraction chunks' items (chunks of one table that finished together) in one transaction with
 * the chunks' completion, so a chunk's rows are written exactly once whatever crashes. An item already
 * seen (same identity, from the overlap or an item cut at a boundary) adds only the values its row
 * lacks; a new one becomes a row. Returns, for each chunk, whether it was still this attempt's (and so
 * written): a chunk another server took over is left to it.
 */
export async function writeExtracted(
  store: Store,
  table: TableMeta,
  owner: string,
  parts: ExtractedChunk[],
): Promise<boolean[]> {
  // Where each item came from is worked out before the transaction: the table's lock waits for no CPU.
  const sources = parts.map(({ chunk, items }) => {
    const originOf = originFinder(chunk);
    return items.map((item) => ({
      origin: chunk.kind === 'image' ? chunk.origin : originOf(item.excerpt),
      excerpt: item.excerpt,
    }));
  });
  return store.db.transaction(async (tx) => {
    const closed = await closeChunksDone(
      tx,
      parts.map(({ chunk }) => chunk),
      owner,
    );
    const mine = parts.map(({ chunk }) => closed.has(`${chunk.jobId}:${chunk.n}`));
    if (closed.size === 0) return mine;
    await lockTable(tx, table.id);
    const known = new Map<string, KnownRow | FreshItem>();
    const keyOf = (jobId: string, identity: string) => `${jobId}\u0000${identity}`;
    for (const jobId of new Set(parts.map(({ chunk }) => chunk.jobId))) {
      const identities = parts.flatMap(({ chunk, items }) =>
        chunk.jobId === jobId ? items.flatMap((item) => (item.identity ? [item.identity] : [])) : [],
      );
      const rows = await queryRows<KnownRow & { identity: string }>(
        tx,
        sql`SELECT row_id, identity, extracted, validation_errors FROM extract_rows
            WHERE job_id = ${jobId} AND identity = ANY(${`{${identities.map((id) => JSON.stringify(id)).join(',')}}`}::text[])`,
      );
      for (const row of rows) known.set(keyOf(jobId, row.identity), row);
    }
    const fresh: FreshItem[] = [];
    const rowsAdded = new Map<string, number>();
    for (const [partIndex, { chunk, items }] of parts.entries()) {
      if (!mine[partIndex]) continue;
      for (const [index, item] of items.entries()) {
        if (!item.identity) continue;
        const key = keyOf(chunk.jobId, item.identity);
        const seen = known.get(key);
        if (!seen) {
          // The same item twice in the batch (in one chunk, or across a boundary) is one row too.
          const entry: FreshItem = {
            jobId: chunk.jobId,
            item,
            position: chunk.n * POSITION_STEP + index,
            source: sources[partIndex]?.[index] as FreshItem['source'],
          };
          fresh.push(entry);
          known.set(key, entry);
          rowsAdded.set(chunk.jobId, (rowsAdded.get(chunk.jobId) ?? 0) + 1);
        } else if ('item' in seen) fillFresh(seen, item);
        // Nothing new in this sighting (the overlap's usual case): no need to read the row.
        else if (Object.keys(fillMissing(seen.extracted, item.values)).length > 0)
          await mergeInto(store, tx, table, chunk.jobId, seen, item);
      }
    }
    const inserted = await insertTableRows(
      store,
      tx,
      table,
      fresh.map(({ item }) => item.values),
    );
    if (inserted.length > 0) {
      // One statement for the batch's rows, over one JSON parameter (a statement per row was most of a chunk's write).
      const records = inserted.map((row, index) => {
        const { jobId, item, position, source } = fresh[index] as FreshItem;
        return {
          job_id: jobId,
          row_id: row.id,
          position,
          identity: item.identity,
          validation_status: item.errors.length > 0 ? 'invalid' : 'valid',
          validation_errors: item.errors,
          extracted: item.extracted,
          source,
        };
      });
      await tx.execute(
        sql`INSERT INTO extract_rows (job_id, row_id, position, identity, validation_status, validation_errors, extracted, source)
            SELECT x.job_id, x.row_id, x.position, x.identity, x.validation_status, x.validation_errors,
              x.extracted, x.source
            FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(job_id text, row_id uuid, position bigint,
              identity text, validation_status text, validation_errors jsonb, extracted jsonb, source jsonb)`,
      );
    }
    // Each job's counters once, for all its chunks of the batch.
    const byJob = new Map<string, ClaimedChunk[]>();
    for (const [partIndex, { chunk }] of parts.entries())
      if (mine[partIndex]) byJob.set(chunk.jobId, [...(byJob.get(chunk.jobId) ?? []), chunk]);
    for (const [jobId, chunks] of byJob)
      await advanceJob(tx, chunks[0] as ClaimedChunk, rowsAdded.get(jobId) ?? 0, chunks.length);
    store.tables.changed(table.id);
    return mine;
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
  const current = await readRow(tx, table, seen.row_id, true).catch(() => undefined);
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
    await lockTable(tx, table.id);
    for (const rowId of JSON.parse(chunk.text) as string[]) {
      const current = await readRow(tx, table, rowId, true).catch(() => undefined);
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
    await advanceJob(tx, chunk, 0);
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
    await advanceJob(tx, chunk, 0);
    return true;
  });
}
