import type { Column } from '../../contract/columns.ts';
import { dataTypes } from '../../contract/data-types/index.ts';

/**
 * A value as plain text, for the clipboard and for editors to start from: what a spreadsheet
 * would read back into the same value (ISO dates, `true`/`false`, lists joined by commas).
 */
export function cellText(value: unknown, column: Pick<Column, 'dataType'>): string {
  if (value === null || value === undefined) return '';
  const format = dataTypes[column.dataType].formatText;
  if (format) return format(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Text (pasted or typed) as the value to send for a column. Empty text clears the cell. Text the
 * type cannot read is sent as typed, so the server's message ("Expected a number") is the one
 * the user sees, as everywhere else in the app.
 */
export function parseCellText(text: string, column: Pick<Column, 'dataType' | 'config'>): unknown {
  if (text.trim() === '' && !dataTypes[column.dataType].keepsEmptyText) return null;
  if (text === '') return null;
  const parsed = dataTypes[column.dataType].parseText(text, column.config);
  return parsed === undefined ? text : parsed;
}

/**
 * Why text typed for the column is refused before it is sent (text that is not JSON in a JSON
 * column, which would otherwise be stored as a string); undefined when it may go.
 */
export function unreadableText(
  text: string,
  column: Pick<Column, 'dataType' | 'config'>,
): string | undefined {
  const type = dataTypes[column.dataType];
  if (!type.unreadableText || text.trim() === '') return undefined;
  return type.parseText(text, column.config) === undefined ? type.unreadableText : undefined;
}

/** Whether people may write the column's values; computed values come from the server. */
export function isWritable(column: Pick<Column, 'dataType'>): boolean {
  return dataTypes[column.dataType].writable;
}

/** A column as a value check needs it. */
type CheckedColumn = Pick<Column, 'name' | 'dataType' | 'config' | 'required'>;

/**
 * The checker of one column's values, built once for many values (a paste checks thousands):
 * the type's own schema and the server's rules, so a value refused here carries the message the
 * server would have sent, and one it accepts is not refused there for its type. Returns the
 * reason a value is refused, or undefined.
 */
export function cellValueChecker(column: CheckedColumn): (value: unknown) => string | undefined {
  const schema = dataTypes[column.dataType].valueSchema(column.config);
  return (value) => {
    const empty =
      value === null || value === undefined || (value === '' && !dataTypes[column.dataType].keepsEmptyText);
    if (empty) return column.required ? `${column.name} is required` : undefined;
    const result = schema.safeParse(value);
    return result.success ? undefined : (result.error.issues[0]?.message ?? 'Invalid value');
  };
}

/** A value read from text for a column: the value to send, or why the column cannot take it. */
export type ReadValue = { value: unknown } | { error: string };

/** Reads text for a column (as parseCellText, refusing unreadable text) and checks the value (as cellValueChecker). */
export function cellTextReader(column: CheckedColumn): (text: string) => ReadValue {
  const check = cellValueChecker(column);
  return (text) => {
    const unreadable = unreadableText(text, column);
    if (unreadable) return { error: unreadable };
    const value = parseCellText(text, column);
    const error = check(value);
    return error === undefined ? { value } : { error };
  };
}
