import type { DataType } from '../../../contract/data-types/index.ts';

/** Escapes text for a field of COPY's text format: backslash, tab, newline and carriage return. */
export function copyEscape(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : text;
}

/** A text[] literal: every element double-quoted, so commas, braces and quotes inside stay data. */
const arrayLiteral = (items: unknown[]): string =>
  `{${items.map((item) => `"${String(item).replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * One API value as a COPY text field of its column's storage type (see storage-types.ts): numbers
 * and ISO dates as PostgreSQL reads them, booleans as t/f, multiselect as a text[] literal, computed
 * and relation values as JSON; `\N` for null.
 */
export function copyField(dataType: DataType, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (dataType) {
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'multiselect':
      return copyEscape(arrayLiteral(value as unknown[]));
    case 'computed':
    case 'relation':
      return copyEscape(JSON.stringify(value));
    default:
      return copyEscape(String(value));
  }
}
