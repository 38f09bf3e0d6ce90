import { sql } from 'drizzle-orm';
import { storageTypes } from '../../../db/storage-types.ts';
import type { ColumnMeta } from '../../table-meta.ts';

// Characters by code, so no string literal here depends on standard_conforming_strings.
const CR = 'chr(13)';
const LF = 'chr(10)';
const TAB = 'chr(9)';

/** A column's value as the text a CSV cell holds (as `plainCell` writes it), in SQL over alias `t`. */
function cellText(column: ColumnMeta): string {
  const col = `t."${column.storageName}"`;
  if (column.dataType === 'relation') {
    // A list of row ids as "a, b", one id as itself: how relation text is typed and read back.
    return `CASE jsonb_typeof(${col}) WHEN 'array' THEN (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(${col}) x) ELSE ${col} #>> '{}' END`;
  }
  return storageTypes[column.dataType].toText(col);
}

/**
 * One CSV field in SQL, with csv-stringify's rules (`escape_formulas` and quoting): text that a
 * spreadsheet would run (=, +, -, @, tab, CR first) gets a leading quote; a field holding a quote,
 * comma, CR or LF is quoted with its quotes doubled; null is empty. Numbers and booleans pass as
 * they are, so a negative number is never quoted.
 */
function csvField(column: ColumnMeta): string {
  const kind = storageTypes[column.dataType].kind;
  const text = `(${cellText(column)})`;
  const safe =
    kind === 'number' || kind === 'boolean' || kind === 'timestamp'
      ? text
      : `(CASE WHEN left(${text}, 1) IN ('=', '+', '-', '@', ${TAB}, ${CR}) THEN '''' || ${text} ELSE ${text} END)`;
  const needsQuotes = `strpos(${safe}, '"') > 0 OR strpos(${safe}, ',') > 0 OR strpos(${safe}, ${CR}) > 0 OR strpos(${safe}, ${LF}) > 0`;
  return `CASE WHEN t."${column.storageName}" IS NULL THEN '' WHEN ${needsQuotes} THEN '"' || replace(${safe}, '"', '""') || '"' ELSE ${safe} END`;
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
