import { basename, extname } from 'node:path';
import type {
  ColumnMappingEntry,
  ImportPreview,
  ImportResult,
  InvalidValues,
} from '../../../contract/imports.ts';
import { insertColumns } from '../columns/insert-columns.ts';
import { newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { createTable } from '../tables/tables.ts';
import { analyzedDocument } from './document-analysis.ts';
import type { Analysis, DocumentRecord } from './document-types.ts';
import { createImportRecord, failImport, getImport, progressStatement } from './import-records.ts';
import { mayBeQuoted } from './infer.ts';
import type { IoConfig } from './io-config.ts';
import { loadRows } from './load-rows.ts';
import { planImport } from './plan.ts';
import { sourceRows } from './source-rows.ts';

export interface ImportRequest {
  documentId: string;
  columnMapping?: ColumnMappingEntry[] | undefined;
  invalidValues?: InvalidValues | undefined;
}

const readDocument = analyzedDocument;

/** Headers, the first 10 rows, the row count and the columns the import would make or use. */
export async function previewImport(
  store: Store,
  config: IoConfig,
  request: ImportRequest,
  table: TableMeta | null,
): Promise<ImportPreview> {
  const { document, analysis } = await readDocument(store, config, request.documentId);
  const plan = planImport(analysis, request.columnMapping, table);
  return {
    headers: analysis.headers,
    sampleRows: analysis.sampleRows.map((values) =>
      Object.fromEntries(analysis.headers.map((header, index) => [header, values[index] ?? null])),
    ),
    totalRows: analysis.totalRows,
    inferredColumns: plan.fields.map(({ index: _index, ...column }) => column),
    type: document.type,
    encoding: document.encoding,
    notes: [...analysis.notes, ...plan.notes],
  };
}

/** A started import: its id at once, its outcome when the last batch is in. */
export interface StartedImport {
  importId: string;
  done: Promise<ImportResult>;
}

/**
 * Imports a document into a table: adds the columns the file has and the table lacks, then streams
 * the rows in batches. Mapping problems are refused before anything is written; after that the
 * import's record tells its progress and outcome.
 */
export async function startImport(
  store: Store,
  config: IoConfig,
  tableId: string,
  request: ImportRequest,
  onBatch?: (tableId: string, rows: number) => void,
): Promise<StartedImport> {
  const { document, analysis } = await readDocument(store, config, request.documentId);
  let table = await store.tables.get(tableId);
  const plan = planImport(analysis, request.columnMapping, table);
  if (plan.newColumns.length > 0) {
    await store.db.transaction(async (tx) => {
      await insertColumns(tx, table.id, table.storageName, plan.newColumns, table.columns.length);
      await advanceTableVersion(store, tx, table.id, 0, { columns: true });
    });
    table = await store.tables.get(tableId);
  }
  return runImport(store, config, table, document, analysis, plan, request.invalidValues, onBatch);
}

/** "New table from file": a table with the file's columns (named after the file), then its rows. */
export async function importNewTable(
  store: Store,
  config: IoConfig,
  input: ImportRequest & { name?: string | undefined; projectId?: string | undefined },
  onBatch?: (tableId: string, rows: number) => void,
): Promise<StartedImport> {
  const { document, analysis } = await readDocument(store, config, input.documentId);
  const plan = planImport(analysis, input.columnMapping, null);
  const name =
    input.name ?? (basename(document.name, extname(document.name)).trim().slice(0, 256) || 'Imported table');
  const created = await createTable(store, {
    name,
    source: 'imported',
    columns: plan.newColumns,
    ...(input.projectId && { projectId: input.projectId }),
  });
  const table = await store.tables.get(created.id);
  return runImport(store, config, table, document, analysis, plan, input.invalidValues, onBatch);
}

async function runImport(
  store: Store,
  config: IoConfig,
  table: TableMeta,
  document: DocumentRecord,
  analysis: Analysis,
  plan: ReturnType<typeof planImport>,
  invalidValues: InvalidValues = 'skip_row',
  onBatch?: (tableId: string, rows: number) => void,
): Promise<StartedImport> {
  const importId = newId();
  // The columns the import writes: skipped fields are in the preview, not in the outcome.
  const columns = plan.fields.filter((field) => !field.skip).map(({ index: _index, ...column }) => column);
  await createImportRecord(store, {
    id: importId,
    tableId: table.id,
    documentId: document.id,
    totalRows: analysis.totalRows,
    invalidValues,
    columns,
    notes: [...analysis.notes, ...plan.notes],
  });
  const keys = new Map(analysis.keys.map((key, index) => [key, index]));
  const rows = sourceRows(document, keys, { learnKeys: false, notes: new Set() });
  const done = loadRows(store, table, plan.fields, rows, {
    importId,
    batchRows: config.importBatchRows,
    unquote: mayBeQuoted(document.type),
    invalidValues,
    ...(onBatch && { onBatch: (rows: number) => onBatch(table.id, rows) }),
  }).then(
    async (progress) => {
      await store.db.execute(progressStatement(importId, progress, 'done'));
      return getImport(store, importId);
    },
    async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      await failImport(store, importId, message);
      return getImport(store, importId);
    },
  );
  return { importId, done };
}
