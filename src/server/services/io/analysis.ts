import { countText } from '../../../contract/count-text.ts';
import type { Analysis, DocumentRecord } from './document-types.ts';
import { extraHeaders, uniqueHeaders } from './headers.ts';
import { INFER_ROWS, inferType, mayBeQuoted } from './infer.ts';
import { sourceRows } from './source-rows.ts';

/** Rows a preview shows, and how much of a long value it shows. */
const SAMPLE_ROWS = 10;
const SAMPLE_TEXT = 1_000;

const shorten = (value: unknown): unknown =>
  typeof value === 'string' && value.length > SAMPLE_TEXT ? `${value.slice(0, SAMPLE_TEXT)}…` : value;

/**
 * Reads the whole document once: headers (an empty header row or JSON keys), the row count, the
 * first 10 rows for the preview and the first 100 for type inference, and what was irregular (rows
 * longer or shorter than the header, unreadable lines, empty rows), said in notes.
 */
export async function analyze(document: DocumentRecord): Promise<Analysis> {
  const notes = new Set<string>(document.notes);
  const keyIndex = new Map<string, number>();
  let headerCells: unknown[] | undefined;
  const sample: unknown[][] = [];
  let totalRows = 0;
  let width = 0;
  let short = 0;
  let long = 0;
  let empty = 0;
  let unreadable = 0;
  let firstError: string | undefined;
  for await (const chunk of sourceRows(document, keyIndex, {
    learnKeys: true,
    notes,
    onHeader: (cells) => {
      headerCells = cells;
    },
  })) {
    for (const row of chunk) {
      totalRows = row.row;
      if ('error' in row) {
        unreadable++;
        firstError ??= row.error;
        continue;
      }
      if (row.empty) empty++;
      if (headerCells) {
        if (row.values.length < headerCells.length) short++;
        if (row.values.length > headerCells.length) long++;
      }
      width = Math.max(width, row.values.length);
      if (sample.length < INFER_ROWS && !row.empty) sample.push(row.values);
    }
  }
  const kind = headerCells ? 'cells' : 'object';
  const keys = [...keyIndex.keys()];
  let headers = uniqueHeaders(headerCells ?? keys, notes);
  if (headerCells && width > headers.length) {
    const extra = extraHeaders(headers, width);
    notes.add(
      `${countText(long, 'row')} ${long === 1 ? 'has' : 'have'} more fields than the header; the extra fields go to new columns ${extra.join(', ')}`,
    );
    headers = [...headers, ...extra];
  }
  if (short > 0)
    notes.add(
      `${countText(short, 'row')} ${short === 1 ? 'has' : 'have'} fewer fields than the header; the missing fields are left empty`,
    );
  if (empty > 0) notes.add(`${countText(empty, 'empty row')} ${empty === 1 ? 'is' : 'are'} left out`);
  if (unreadable > 0)
    notes.add(`${countText(unreadable, 'part')} of the file could not be read; the import reports each one`);
  const unquote = mayBeQuoted(document.type);
  const inferred = headers.map((_, index) =>
    inferType(
      sample.map((values) => values[index]),
      unquote,
    ),
  );
  return {
    kind,
    headers,
    keys,
    totalRows,
    ...(firstError !== undefined && { firstError }),
    sampleRows: sample
      .slice(0, SAMPLE_ROWS)
      .map((values) => headers.map((_, index) => shorten(values[index] ?? null))),
    inferred,
    notes: [...notes],
  };
}
