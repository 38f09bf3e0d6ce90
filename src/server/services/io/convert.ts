import type { AnyColumnConfig } from '../../../contract/data-types/index.ts';
import { type DataType, dataTypes } from '../../../contract/data-types/index.ts';
import { serverColumnTypeOf } from '../../column-types/index.ts';
import { isEmptyValue, unquoted } from './infer.ts';

/** The value read, or why it does not fit the column ("not a valid number"). */
export type Converted = { value: unknown } | { error: string };

/** A value quoted for a message, cut at 60 characters. */
export const quoted = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
};

/**
 * Reads one source value as a value of the column's type. Text goes through the type's own reading
 * (its server entry's `file.fromText`, else the contract's `parseText`, as typing and pasting do);
 * JSON and spreadsheet values that already have the type pass as they are (`file.fromValue`). Text
 * that an export neutralised with a leading quote (`'=SUM(A1)`) gets it back without the quote, so an
 * export imports as the same table.
 */
export function convertValue(
  raw: unknown,
  dataType: DataType,
  config: AnyColumnConfig,
  unquote: boolean,
): Converted {
  if (isEmptyValue(raw)) return { value: null };
  const file = serverColumnTypeOf(dataType).file;
  if (typeof raw === 'string') {
    const text = unquote ? (unquoted(raw) as string) : raw;
    const value = file?.fromText ? file.fromText(text, config) : dataTypes[dataType].parseText(text, config);
    return value === undefined ? { error: `not a valid ${dataType}` } : { value };
  }
  const own = file?.fromValue?.(raw);
  if (own !== undefined) return { value: own };
  if (typeof raw === 'number' || typeof raw === 'boolean')
    return convertValue(String(raw), dataType, config, false);
  // Objects from a JSON file: kept as they are where the type takes them (json).
  const parsed = dataTypes[dataType].valueSchema(config).safeParse(raw);
  if (parsed.success) return { value: parsed.data };
  return { error: `not a valid ${dataType}` };
}
