import { dataTypes } from '../../../../contract/data-types/index.ts';
import type { ColumnMeta } from '../../store/table-meta.ts';

/** Text a spreadsheet would run as a formula: starting with =, +, -, @, tab or carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises formula-like text with a leading quote, as OWASP advises for CSV injection, so a
 * spreadsheet shows it instead of running it. Imports remove the quote again (see convert.ts).
 */
export const neutralise = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * A value as a text or number cell: lists as "a, b" (how multiselect text is typed and parsed back),
 * objects as JSON, null as empty. Numbers stay numbers, so negative numbers are never quoted.
 */
export function plainCell(column: ColumnMeta, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const format = dataTypes[column.dataType].formatText;
  if (format) return format(value);
  if (Array.isArray(value) && column.dataType !== 'computed') return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
