import type { DataType } from '../../../contract/data-types/index.ts';
import { inferredTypes } from '../../column-types/index.ts';

/** Rows whose values decide a column's type, as the Tables API reference says. */
export const INFER_ROWS = 100;

export const isEmptyValue = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A quote before text a spreadsheet would run (=, +, -, @, tab, CR): how exports neutralise formulas. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

/** Text an export neutralised with a leading quote (`'+1 555…`), without it; other values as they are. */
export const unquoted = (value: unknown): unknown =>
  typeof value === 'string' && ESCAPED_FORMULA.test(value) ? value.slice(1) : value;

/** Whether a file's text may hold values an export neutralised (CSV and spreadsheets; JSON is data). */
export const mayBeQuoted = (type: string): boolean => type !== 'json' && type !== 'ndjson';

/**
 * A column's type from its sampled values (empty ones ignored): the first type whose import test
 * (server/column-types, `infer`) every value passes, text when none does. With `unquote`, values are
 * tested as the import will read them: without an export's leading quote, so a phone number exported
 * as `'+1 555 123 4567` imports as a phone again.
 */
export function inferType(values: unknown[], unquote = false): DataType {
  const present = values
    .filter((value) => !isEmptyValue(value))
    .map((value) => (unquote ? unquoted(value) : value));
  if (present.length === 0) return 'text';
  for (const [type, fits] of inferredTypes) if (present.every(fits)) return type;
  return 'text';
}
