import { eq, type SQL, sql } from 'drizzle-orm';
import type {
  ImportColumn,
  ImportError,
  ImportResult,
  ImportStatus,
  InvalidValues,
} from '../../../contract/imports.ts';
import { imports } from '../../db/schema.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';

/** An import whose record has not moved for this long has stopped with its server. */
const STALLED_MS = 120_000;

/** How far an import got: written with every batch, in the batch's transaction. */
export interface ImportProgress {
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  /** The first 20 errors. */
  errors: ImportError[];
  /** All errors, each stored in import_errors. */
  errorCount: number;
}

type ImportRecord = typeof imports.$inferSelect;

function toResult(record: ImportRecord): ImportResult {
  const stalled = record.status === 'running' && Date.now() - record.updatedAt.getTime() > STALLED_MS;
  return {
    importId: record.id,
    tableId: record.tableId,
    documentId: record.documentId,
    status: stalled ? 'failed' : (record.status as ImportStatus),
    totalRows: record.totalRows,
    rowsRead: record.rowsRead,
    rowsImported: record.rowsImported,
    rowsSkipped: record.rowsSkipped,
    invalidValues: record.invalidValues as InvalidValues,
    // Records from before cells could be emptied hold no outcome: their rows were all left out.
    errors: (record.errors as Array<Omit<ImportError, 'outcome'> & Partial<ImportError>>).map((error) => ({
      ...error,
      outcome: error.outcome ?? 'row_skipped',
    })),
    errorCount: record.errorCount,
    columns: record.columns as ImportColumn[],
    notes: record.notes as string[],
    message: stalled
      ? 'The import stopped with its server; the rows imported before that are kept'
      : record.message,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
}

export async function createImportRecord(
  store: Store,
  values: {
    id: string;
    tableId: string;
    documentId: string;
    totalRows: number;
    invalidValues: InvalidValues;
    columns: ImportColumn[];
    notes: string[];
  },
): Promise<void> {
  await store.db.insert(imports).values({ ...values, status: 'running' });
}

/** The statement that records progress; run in each batch's transaction, so it never runs ahead. */
export function progressStatement(
  id: string,
  progress: ImportProgress,
  status?: Exclude<ImportStatus, 'running'>,
): SQL {
  return sql`UPDATE imports SET rows_read = ${progress.rowsRead}, rows_imported = ${progress.rowsImported},
      rows_skipped = ${progress.rowsSkipped}, errors = ${JSON.stringify(progress.errors)}::jsonb,
      error_count = ${progress.errorCount}, updated_at = now()
      ${status ? sql`, status = ${status}, finished_at = now()` : sql``}
      WHERE id = ${id}`;
}

/** Marks an import failed with the reason; the batches it committed stay, and so does their progress. */
export async function failImport(store: Store, id: string, message: string): Promise<void> {
  await store.db
    .update(imports)
    .set({ status: 'failed', message, finishedAt: new Date(), updatedAt: new Date() })
    .where(eq(imports.id, id));
}

export async function getImport(store: Store, id: string): Promise<ImportResult> {
  if (!isUuid(id)) throw new NotFoundError('Import not found');
  const [record] = await store.db.select().from(imports).where(eq(imports.id, id));
  if (!record) throw new NotFoundError('Import not found');
  return toResult(record);
}

/**
 * At the start of an embedded store's only server, an import still marked running died with the
 * previous process: it is failed at once, its committed batches kept, instead of looking alive until
 * STALLED_MS passes. (PostgreSQL may be shared by servers still importing, so it keeps the timeout.)
 */
export async function failInterruptedImports(store: Store): Promise<void> {
  await store.db
    .update(imports)
    .set({
      status: 'failed',
      message: 'The server stopped during the import; the rows of the batches it finished are kept',
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(imports.status, 'running'));
}
