import type { AnyColumnConfig } from '../../contract/data-types/index.ts';

/** How values of one data type are compared in filters. */
export type StorageKind = 'text' | 'number' | 'boolean' | 'timestamp' | 'array' | 'json';

/** How one data type is stored in its SQL column, and how values move in and out of it. */
export interface StorageType {
  kind: StorageKind;
  sqlType: string;
  /** SQL expression giving the value of `column` as text (for type conversion and text filters). */
  toText(column: string): string;
  /** SQL expression giving the value as a file's cell holds it (the CSV export); `toText` when absent. */
  fileText?(column: string): string;
  /** SQL expression reading text `expr` as this type, NULL when it does not fit. */
  fromText(expr: string, config: AnyColumnConfig): string;
  /**
   * SQL expression reading a jsonb value `stored` as this storage, NULL when it holds something else:
   * how a computed column is read as its result type. Absent: read as text.
   */
  fromJson?(stored: string): string;
  /** Turns what the driver returned into the API value. */
  decode(value: unknown): unknown;
}

/**
 * Embeds text in a statement that cannot take parameters (the USING expression of ALTER COLUMN TYPE),
 * dollar-quoted with a tag the text does not contain. Dollar quoting has no escapes, so no text can end
 * the literal early or change the statement's meaning, whatever standard_conforming_strings or
 * backslash_quote are set to.
 */
export function sqlText(value: string): string {
  // Not even `$tag` may occur: text ending in `$v` would otherwise close early on the `$v$` after it.
  let tag = 'v';
  for (let n = 0; value.includes(`$${tag}`); n++) tag = `v${n}`;
  return `$${tag}$${value}$${tag}$`;
}

const identity = (value: unknown): unknown => value;

/** A jsonb value as SQL `read` gives it when its JSON type is `jsonType`, else NULL. */
export const whenJson = (stored: string, jsonType: string, read: string): string =>
  `(CASE WHEN jsonb_typeof(${stored}) = '${jsonType}' THEN ${read} END)`;

/** Text stored as text, read from text by `fromText` (which may refuse what does not fit). */
export const textStorage = (fromText: StorageType['fromText']): StorageType => ({
  kind: 'text',
  sqlType: 'text',
  toText: (column) => column,
  fromText,
  decode: identity,
});

/** Text kept only when, trimmed, it matches a regular expression. */
export const matching = (pattern: string) => (expr: string) =>
  `CASE WHEN btrim(${expr}) ~ ${sqlText(pattern)} THEN btrim(${expr}) END`;

/** Any JSON value, in jsonb. */
export const jsonStorage: StorageType = {
  kind: 'json',
  sqlType: 'jsonb',
  toText: (column) => `(${column} #>> '{}')`,
  fromText: (expr) => `to_jsonb(${expr})`,
  decode: identity,
};

/** Options as a SQL text array literal, or NULL when any text is allowed. */
export const optionsArray = (options: string[] | undefined): string =>
  options ? `ARRAY[${options.map(sqlText).join(',')}]::text[]` : 'NULL';
