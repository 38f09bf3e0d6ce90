import { type FormatStorage, formatOf, outputFormats } from '../../contract/ai/formats.ts';
import type { ColumnConfig, DataType } from '../../contract/data-types/index.ts';

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
  fromText(expr: string, config: ColumnConfig): string;
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
const textType = (fromText: StorageType['fromText']): StorageType => ({
  kind: 'text',
  sqlType: 'text',
  toText: (column) => column,
  fromText,
  decode: identity,
});
const matching = (pattern: string) => (expr: string) =>
  `CASE WHEN btrim(${expr}) ~ ${sqlText(pattern)} THEN btrim(${expr}) END`;
const inOptions = (expr: string, config: ColumnConfig): string =>
  config.options
    ? `CASE WHEN ${expr} = ANY(ARRAY[${config.options.map(sqlText).join(',')}]::text[]) THEN ${expr} END`
    : expr;
const jsonType: StorageType = {
  kind: 'json',
  sqlType: 'jsonb',
  toText: (column) => `(${column} #>> '{}')`,
  fromText: (expr) => `to_jsonb(${expr})`,
  decode: identity,
};

/** One entry per data type but AI, whose storage depends on its output format (storageOf). */
const storageTypes: Record<Exclude<DataType, 'ai'>, StorageType> = {
  text: textType((expr) => expr),
  select: textType((expr, config) => inOptions(`NULLIF(btrim(${expr}), '')`, config)),
  url: textType(matching('^https?://[^\\s]+$')),
  email: textType(matching('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$')),
  number: {
    kind: 'number',
    sqlType: 'double precision',
    toText: (column) => `${column}::text`,
    // Whole numbers with every digit: float8's text is 1.234567890123456e+15 from 16 digits on, which
    // mangles identifiers. bigint holds every whole number a double keeps exactly (and more).
    fileText: (column) =>
      `CASE WHEN ${column} = trunc(${column}) AND abs(${column}) < 1e18 THEN ${column}::bigint::text ELSE ${column}::text END`,
    fromText: (expr) => `ait_try_float8(${expr})`,
    decode: identity,
  },
  boolean: {
    kind: 'boolean',
    sqlType: 'boolean',
    toText: (column) => `${column}::text`,
    fromText: (expr) =>
      `CASE WHEN lower(btrim(${expr})) IN ('true','yes','y','1','checked','x') THEN true WHEN lower(btrim(${expr})) IN ('false','no','n','0','unchecked','') THEN false END`,
    decode: identity,
  },
  date: {
    kind: 'timestamp',
    sqlType: 'timestamptz',
    toText: (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    // A date given without a time (stored as UTC midnight) is a day in a file: 2024-02-18, as the grid shows it.
    fileText: (column) =>
      `to_char(${column} AT TIME ZONE 'UTC', CASE WHEN (${column} AT TIME ZONE 'UTC')::time = '00:00' THEN 'YYYY-MM-DD' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' END)`,
    fromText: (expr) => `ait_try_timestamptz(${expr})`,
    decode: (value) =>
      value instanceof Date
        ? value.toISOString()
        : value === null
          ? null
          : new Date(String(value)).toISOString(),
  },
  multiselect: {
    kind: 'array',
    sqlType: 'text[]',
    toText: (column) => `array_to_string(${column}, ', ')`,
    fromText: (expr, config) =>
      `ait_split_options(${expr}, ${config.options ? `ARRAY[${config.options.map(sqlText).join(',')}]::text[]` : 'NULL'})`,
    decode: identity,
  },
  computed: jsonType,
  relation: jsonType,
};

/** How an AI column's values are stored, by its output format's storage. */
const aiStorage: Record<FormatStorage, StorageType> = {
  text: storageTypes.text,
  number: storageTypes.number,
  timestamp: storageTypes.date,
  array: { ...storageTypes.multiselect, fromText: (expr) => `ait_split_options(${expr}, NULL)` },
  json: jsonType,
};

/** The storage of a column of this type and config: adding a type means adding its storage here. */
export function storageOf(column: { dataType: DataType; config: ColumnConfig }): StorageType {
  return column.dataType === 'ai'
    ? aiStorage[outputFormats[formatOf(column.config)].storage]
    : storageTypes[column.dataType];
}
