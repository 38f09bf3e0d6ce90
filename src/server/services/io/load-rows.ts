import type { InvalidValues } from '../../../contract/imports.ts';
import type { Row } from '../../../contract/rows.ts';
import { prepareBulkInsert } from '../rows/bulk-rows.ts';
import { newId } from '../store/ids.ts';
import { deriveRow } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { cutValue, errorsCopy, type StoredError } from './import-errors.ts';
import { type ImportProgress, progressStatement } from './import-records.ts';
import type { PlannedField } from './plan.ts';
import { rowBuilder } from './row-builder.ts';
import type { SourceRow } from './source-rows.ts';

/** Errors the import's record holds in detail; all of them are stored (import-errors.ts). */
const MAX_ERRORS = 20;
/**
 * Before each batch the import waits until the store has answered no request for this long (the
 * embedded store runs one statement at a time): a grid page's few queries go first, the import after.
 * They follow each other within a millisecond or two; 15 ms cost 10% of a million-row import for the
 * same rows API p95 under 200 ms (bench/RESULTS.md).
 */
const YIELD_QUIET_MS = 5;

export interface LoadOptions {
  importId: string;
  batchRows: number;
  /** Formats whose exports neutralise formulas with a leading quote (CSV, TSV, XLSX). */
  unquote: boolean;
  /** What a value that does not fit does: leave its row out, or its cell empty. */
  invalidValues: InvalidValues;
  /** Told after each committed batch (background maintenance counts written rows). */
  onBatch?: (rows: number) => void;
}

/**
 * Streams source rows into the table in batches, each one transaction through the bulk path with
 * the import's progress and the errors found since the last batch. The next batch is read and
 * checked while the last one is being stored. A value that does not fit its column leaves its row
 * out, or (`empty_cell`) its cell empty; either way it is reported (the record keeps the first 20,
 * every one is stored). It never stops the import. Derived values are filled in as for any other write.
 */
export async function loadRows(
  store: Store,
  table: TableMeta,
  fields: PlannedField[],
  rows: AsyncIterable<SourceRow[]>,
  options: LoadOptions,
): Promise<ImportProgress> {
  const progress: ImportProgress = {
    rowsRead: 0,
    rowsImported: 0,
    rowsSkipped: 0,
    errors: [],
    errorCount: 0,
  };
  const build = rowBuilder(table, fields, options.unquote, options.invalidValues === 'empty_cell');
  /** Errors not stored yet: they go with the next batch. */
  let pending: StoredError[] = [];
  const report = ({ reason, ...error }: StoredError) => {
    progress.errorCount++;
    if (progress.errors.length < MAX_ERRORS) progress.errors.push(error);
    pending.push({ ...error, reason });
  };
  let batch: Row[] = [];
  let storing: Promise<void> = Promise.resolve();
  /** Rows of the batches sent so far: batches commit in order, so this one commits with them all. */
  let rowsSent = 0;
  const flush = async () => {
    const stored = batch;
    const errors = pending;
    batch = [];
    pending = [];
    rowsSent += stored.length;
    const snapshot = { ...progress, errors: [...progress.errors], rowsImported: rowsSent };
    const firstError = progress.errorCount - errors.length + 1;
    // Built while the previous batch is being stored, so this thread's share overlaps the store's.
    const send = await prepareBulkInsert(store, table, stored, {
      source: 'import',
      actor: null,
      extra: [
        ...(errors.length > 0 ? [errorsCopy(options.importId, firstError, errors)] : []),
        progressStatement(options.importId, snapshot),
      ],
    });
    // One batch in flight: wait for the previous one, then for a quiet store, then send this one.
    await storing;
    await store.whenQuiet(YIELD_QUIET_MS);
    storing = send().then(() => {
      progress.rowsImported += stored.length;
      options.onBatch?.(stored.length);
    });
    // Reported when awaited, by the next flush or the end; a failure stops the import there.
    storing.catch(() => undefined);
  };
  for await (const chunk of rows) {
    // One timestamp per chunk of the file: a Date per row costs more than the rest of its bookkeeping.
    const createdAt = new Date().toISOString();
    for (const source of chunk) {
      progress.rowsRead++;
      const at = { row: source.row, ...(source.line !== undefined && { line: source.line }) };
      if ('error' in source) {
        progress.rowsSkipped++;
        report({ ...at, message: source.error, reason: source.error, outcome: 'row_skipped' });
        continue;
      }
      if (source.empty) {
        progress.rowsSkipped++;
        continue;
      }
      const { data, problems } = build(source.values);
      const outcome = data ? 'cell_emptied' : 'row_skipped';
      for (const { value, ...problem } of problems)
        report({ ...at, ...problem, value: cutValue(value), outcome });
      if (!data) {
        progress.rowsSkipped++;
        continue;
      }
      batch.push({
        id: newId(),
        tableId: table.id,
        data: deriveRow(store.rowHooks, table, data),
        version: 1,
        createdBy: null,
        createdAt,
        updatedAt: createdAt,
      });
      // Errors are flushed too: a file of nothing but refused rows must not pile them up in memory.
      if (batch.length >= options.batchRows || pending.length >= options.batchRows) await flush();
    }
  }
  await flush();
  await storing;
  return progress;
}
