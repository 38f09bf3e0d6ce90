import type { Column } from '../../contract/columns.ts';
import { dataTypes, dayOf } from '../../contract/data-types/index.ts';

/**
 * A value as plain text, for the clipboard and for editors to start from: what a spreadsheet
 * would read back into the same value (ISO dates, `true`/`false`, lists joined by commas).
 */
export function cellText(value: unknown, column: Pick<Column, 'dataType'>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (column.dataType === 'date' && typeof value === 'string') return dayOf(value) ?? value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Text (pasted or typed) as the value to send for a column. Empty text clears the cell. Text the
 * type cannot read is sent as typed, so the server's message ("Expected a number") is the one
 * the user sees, as everywhere else in the app.
 */
export function parseCellText(text: string, column: Pick<Column, 'dataType' | 'config'>): unknown {
  if (text.trim() === '' && column.dataType !== 'text') return null;
  if (text === '') return null;
  const parsed = dataTypes[column.dataType].parseText(text, column.config);
  return parsed === undefined ? text : parsed;
}

/** Whether people may write the column's values; computed values come from the server. */
export function isWritable(column: Pick<Column, 'dataType'>): boolean {
  return dataTypes[column.dataType].writable;
}
