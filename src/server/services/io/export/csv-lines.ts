import { sql } from 'drizzle-orm';
import { storageOf } from '../../../column-types/index.ts';
import type { ColumnMeta } from '../../store/table-meta.ts';

// Characters by code, so no string literal here depends on standard_conforming_strings.
const CR = 'chr(13)';
const LF = 'chr(10)';
const TAB = 'chr(9)';
/** A quote, comma, CR or LF anywhere: the field must be quoted. */
const SPECIAL = `('[",' || ${CR} || ${LF} || ']')`;

/** A column's value as the text a CSV cell holds (as `plainCell` writes it), in SQL over alias `t`. */
function cellText(column: ColumnMeta): string {
  const col = `t."${column.storageName}"`;
  const storage = storageOf(column);
  return (storage.fileText ?? storage.toText)(col);
}

/**
 * One CSV field in SQL, with csv-stringify's rules (`escape_formulas` and quoting): text that a
 * spreadsheet would run (=, +, -, @, tab, CR first) gets a leading quote; a field holding a quote,
 * comma, CR or LF is quoted with its quotes doubled; null is empty. Numbers and booleans pass as
 * they are, so a negative number is never quoted.
 */
function csvField(column: ColumnMeta): string {
  const kind = storageOf(column).kind;
  const text = `(${cellText(column)})`;
  // Numbers, booleans and ISO dates never hold a quote, comma or line break, nor start a formula: the
  // text is computed once (PostgreSQL would compute an expression again at each mention).
  if (kind === 'number' || kind === 'boolean' || kind === 'timestamp') return `COALESCE(${text}, '')`;
  const safe = `(CASE WHEN left(${text}, 1) IN ('=', '+', '-', '@', ${TAB}, ${CR}) THEN '''' || ${text} ELSE ${text} END)`;
  return `CASE WHEN ${safe} ~ ${SPECIAL} THEN '"' || replace(${safe}, '"', '""') || '"' ELSE COALESCE(${safe}, '') END`;
}

/**
 * The select list of the CSV export: each row's id (for paging) and its finished CSV line. The
 * store formats the rows, so they leave it as one string each: a third of the time of reading typed
 * rows and writing them with csv-stringify (bench/RESULTS.md).
 */
export function csvLineSelect(columns: ColumnMeta[]) {
  const line = columns.length === 0 ? `''` : columns.map(csvField).join(` || ',' || `);
  return sql.raw(`t.id AS id, ${line} AS line`);
}
