import type { ColumnConfig } from '../../../contract/data-types/index.ts';
import { type DataType, dataTypes } from '../../../contract/data-types/index.ts';
import { isEmptyValue } from './infer.ts';

/** A quote before text a spreadsheet would run (=, +, -, @, tab, CR): how exports neutralise formulas. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

/** A calendar day, the commonest date in files: read without the general ISO parser. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function day(text: string): string | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over into March; a day that moved is not a calendar day.
  return date.getUTCDate() === d && date.getUTCMonth() === m - 1 ? date.toISOString() : undefined;
}

/** The value read, or why it does not fit the column ("not a valid number"). */
export type Converted = { value: unknown } | { error: string };

/** A value quoted for a message, cut at 60 characters. */
export const quoted = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
};

/**
 * Reads one source value as a value of the column's type. Text goes through the type's own
 * `parseText` (as typing and pasting do); JSON and spreadsheet values that already have the type
 * pass as they are. Text that an export neutralised with a leading quote (`'=SUM(A1)`) gets it back
 * without the quote, so an export imports as the same table.
 */
export function convertValue(
  raw: unknown,
  dataType: DataType,
  config: ColumnConfig,
  unquote: boolean,
): Converted {
  if (isEmptyValue(raw)) return { value: null };
  if (typeof raw === 'string') {
    const text = unquote && ESCAPED_FORMULA.test(raw) ? raw.slice(1) : raw;
    if (dataType === 'text') return { value: text };
    const value = (dataType === 'date' && day(text.trim())) || dataTypes[dataType].parseText(text, config);
    return value === undefined ? { error: `not a valid ${dataType}` } : { value };
  }
  if (dataType === 'text') return { value: typeof raw === 'object' ? JSON.stringify(raw) : String(raw) };
  if (typeof raw === 'number' && dataType === 'number') return { value: raw };
  if (typeof raw === 'boolean' && dataType === 'boolean') return { value: raw };
  if (Array.isArray(raw) && (dataType === 'multiselect' || dataType === 'relation')) {
    return { value: raw.map((item) => String(item)) };
  }
  if (typeof raw === 'number' || typeof raw === 'boolean')
    return convertValue(String(raw), dataType, config, false);
  // Objects from a JSON file: kept as they are where the type takes them (json).
  const parsed = dataTypes[dataType].valueSchema(config).safeParse(raw);
  if (parsed.success) return { value: parsed.data };
  return { error: `not a valid ${dataType}` };
}
