import type { ImportError } from '../../../contract/imports.ts';
import type { Row } from '../../../contract/rows.ts';
import { newId } from '../ids.ts';
import { deriveRow } from '../row-hooks.ts';
import { rowValidator } from '../row-values.ts';
import type { Store } from '../store.ts';
import type { TableMeta } from '../table-meta.ts';
import { bulkInsertRows } from './bulk-rows.ts';
import { convertValue } from './convert.ts';
import { type ImportProgress, progressStatement } from './import-records.ts';
import type { PlannedField } from './plan.ts';
import type { SourceRow } from './source-rows.ts';

/** Errors an import reports in detail; the rest are counted. */
const MAX_ERRORS = 20;

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
 * the import's progress. A row whose value does not fit its column is left out and reported (the
 * first 20 with row number and reason); it never stops the import. Values are read with the column
 * type's parser, then checked and defaulted exactly as the rows API does, and derived values filled in.
 */
export async function loadRows(
  store: Store,
  table: TableMeta,
  fields: PlannedField[],
  rows: AsyncIterable<SourceRow>,
  options: LoadOptions,
): Promise<ImportProgress> {
  const progress: ImportProgress = { rowsRead: 0, rowsImported: 0, rowsSkipped: 0, errors: [] };
  const columns = new Map(table.columns.map((column) => [column.name, column]));
  const used = fields.flatMap((field) => {
    const column = field.skip ? undefined : columns.get(field.name);
    return column ? [{ index: field.index, column }] : [];
  });
  const validate = rowValidator(table.columns, 'insert');
  const fail = (error: ImportError) => {
    progress.rowsSkipped++;
    if (progress.errors.length < MAX_ERRORS) progress.errors.push(error);
  };
  let batch: Row[] = [];
  const flush = async () => {
    const stored = batch;
    batch = [];
    await bulkInsertRows(store, table, stored, {
      source: 'import',
      actor: null,
      extra: [
        progressStatement(options.importId, {
          ...progress,
          rowsImported: progress.rowsImported + stored.length,
        }),
      ],
    });
    progress.rowsImported += stored.length;
    options.onBatch?.(stored.length);
  };
  for await (const source of rows) {
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
    const data: Record<string, unknown> = {};
    let problem: ImportError | undefined;
    for (const { index, column } of used) {
      const converted = convertValue(source.values[index], column.dataType, column.config, options.unquote);
      if ('error' in converted) {
        problem ??= { ...at, column: column.name, message: `Column "${column.name}": ${converted.error}` };
      } else data[column.name] = converted.value;
    }
    const checked = problem ? undefined : validate(data, 'data');
    const invalid = checked?.errors[0];
    if (problem || !checked || invalid) {
      const column = invalid?.path.replace(/^data\./, '');
      fail(
        problem ?? { ...at, ...(column && { column }), message: `Column "${column}": ${invalid?.message}` },
      );
      continue;
    }
    const createdAt = new Date().toISOString();
    batch.push({
      id: newId(),
      tableId: table.id,
      data: deriveRow(store.rowHooks, table, checked.data),
      version: 1,
      createdBy: null,
      createdAt,
      updatedAt: createdAt,
    });
    if (batch.length >= options.batchRows) await flush();
  }
  await flush();
  return progress;
}
