import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { ImportError } from '../../../contract/imports.ts';
import type { CopyIn } from '../../db/bulk-load.ts';
import { copyEscape } from '../../db/copy-text.ts';
import { importErrors } from '../../db/schema.ts';
import type { Store } from '../store/store.ts';

/** A refused value is kept up to this many characters: enough to find it in the file. */
const MAX_VALUE_CHARS = 1_000;
/** Errors read per query when the CSV is streamed: one page in memory at a time. */
const PAGE_ROWS = 5_000;

/** An error as stored: what the import reports plus the reason without the column's name. */
export interface StoredError extends ImportError {
  reason: string;
}

/** Text COPY can carry: PostgreSQL text holds no NUL (a refused value may well hold one). */
const storable = (text: string): string => text.replaceAll('\u0000', '\uFFFD');

export const cutValue = (value: string): string =>
  value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;

const field = (text: string | undefined | null): string =>
  text === undefined || text === null ? '\\N' : copyEscape(storable(text));

/**
 * The COPY step that stores errors numbered from `first`, run in the transaction of the batch they
 * belong to, so the stored errors never run ahead of the progress the record shows.
 */
export function errorsCopy(importId: string, first: number, errors: StoredError[]): CopyIn {
  const lines = errors.map((error, index) =>
    [
      importId,
      String(first + index),
      String(error.row),
      error.line === undefined ? '\\N' : String(error.line),
      field(error.column),
      field(error.value),
      field(error.reason),
      error.outcome,
    ].join('\t'),
  );
  return {
    copyInto: 'import_errors',
    columns: ['import_id', 'n', 'row', 'line', 'column_name', 'value', 'reason', 'outcome'],
    data: `${lines.join('\n')}\n`,
  };
}

const OUTCOME_TEXT = { row_skipped: 'row left out', cell_emptied: 'cell left empty' } as const;

/**
 * Every stored error of an import as CSV (row, line, column, value, reason, outcome), read page by
 * page by its number, so an import with millions of refused values streams in constant memory.
 * Values go through csv-stringify's `escape_formulas`, as exports do: the file is meant for a
 * spreadsheet, and the values are whatever the imported file held.
 */
export async function* importErrorsCsv(store: Store, importId: string): AsyncGenerator<string> {
  const csv = (rows: unknown[][]) => stringify(rows, { escape_formulas: true });
  yield `\uFEFF${csv([['row', 'line', 'column', 'value', 'reason', 'outcome']])}`;
  for (let after = 0; ; ) {
    const page = await store.db
      .select()
      .from(importErrors)
      .where(and(eq(importErrors.importId, importId), gt(importErrors.n, after)))
      .orderBy(asc(importErrors.n))
      .limit(PAGE_ROWS);
    if (page.length === 0) return;
    yield csv(
      page.map((error) => [
        error.row,
        error.line ?? '',
        error.column ?? '',
        error.value ?? '',
        error.reason,
        OUTCOME_TEXT[error.outcome as keyof typeof OUTCOME_TEXT] ?? error.outcome,
      ]),
    );
    after = page[page.length - 1]?.n ?? after;
    if (page.length < PAGE_ROWS) return;
  }
}
