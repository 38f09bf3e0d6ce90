import type { StorageKind } from '../column-types/storage-types.ts';

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
 * One API value as a COPY text field of its column's storage (see storage-types.ts, `storageOf`):
 * numbers and ISO dates as PostgreSQL reads them, booleans as t/f, arrays (multiselect, AI lists) as
 * a text[] literal, JSON (computed, relation, structured AI answers) as JSON; `\N` for null.
 */
export function copyField(kind: StorageKind, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (kind) {
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'array':
      return copyEscape(arrayLiteral(value as unknown[]));
    case 'json':
      return copyEscape(JSON.stringify(value));
    default:
      return copyEscape(String(value));
  }
}
