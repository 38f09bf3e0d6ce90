import type { DataType } from '../../../contract/data-types/index.ts';
import { inferredTypes } from '../../column-types/index.ts';

/** Rows whose values decide a column's type, as the Tables API reference says. */
export const INFER_ROWS = 100;

export const isEmptyValue = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * A column's type from its sampled values (empty ones ignored): the first type whose import test
 * (server/column-types, `infer`) every value passes, text when none does.
 */
export function inferType(values: unknown[]): DataType {
  const present = values.filter((value) => !isEmptyValue(value));
  if (present.length === 0) return 'text';
  for (const [type, fits] of inferredTypes) if (present.every(fits)) return type;
  return 'text';
}
