import type { ImportError } from '../../../contract/imports.ts';
import type { Row } from '../../../contract/rows.ts';
import { newId } from '../ids.ts';
import { deriveRow } from '../row-hooks.ts';
import type { Store } from '../store.ts';
import type { TableMeta } from '../table-meta.ts';
import { prepareBulkInsert } from './bulk-rows.ts';
import { type ImportProgress, progressStatement } from './import-records.ts';
import type { PlannedField } from './plan.ts';
import { rowBuilder } from './row-builder.ts';
import type { SourceRow } from './source-rows.ts';

/** Errors an import reports in detail; the rest are counted. */
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
  /** Told after each committed batch (background maintenance counts written rows). */
  onBatch?: (rows: number) => void;
}

/**
 * Streams source rows into the table in batches, each one transaction through the bulk path with
 * the import's progress. The next batch is read and checked while the last one is being stored. A
 * row whose value does not fit its column is left out and reported (the first 20 with row number and
 * reason); it never stops the import. Derived values are filled in as for any other write.
 */
export async function loadRows(
  store: Store,
  table: TableMeta,
  fields: PlannedField[],
  rows: AsyncIterable<SourceRow[]>,
  options: LoadOptions,
): Promise<ImportProgress> {
  const progress: ImportProgress = { rowsRead: 0, rowsImported: 0, rowsSkipped: 0, errors: [] };
  const build = rowBuilder(table, fields, options.unquote);
  const fail = (error: ImportError) => {
    progress.rowsSkipped++;
    if (progress.errors.length < MAX_ERRORS) progress.errors.push(error);
  };
  let batch: Row[] = [];
  let storing: Promise<void> = Promise.resolve();
  /** Rows of the batches sent so far: batches commit in order, so this one commits with them all. */
  let rowsSent = 0;
  const flush = async () => {
    const stored = batch;
    batch = [];
    rowsSent += stored.length;
    const snapshot = { ...progress, errors: [...progress.errors], rowsImported: rowsSent };
    // Built while the previous batch is being stored, so this thread's share overlaps the store's.
    const send = await prepareBulkInsert(store, table, stored, {
      source: 'import',
      actor: null,
      extra: [progressStatement(options.importId, snapshot)],
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
        fail({ ...at, message: source.error });
        continue;
      }
      if (source.empty) {
        progress.rowsSkipped++;
        continue;
      }
      const built = build(source.values);
      if (!('data' in built)) {
        fail({ ...at, ...built });
        continue;
      }
      batch.push({
        id: newId(),
        tableId: table.id,
        data: deriveRow(store.rowHooks, table, built.data),
        version: 1,
        createdBy: null,
        createdAt,
        updatedAt: createdAt,
      });
      if (batch.length >= options.batchRows) await flush();
    }
  }
  await flush();
  await storing;
  return progress;
}
