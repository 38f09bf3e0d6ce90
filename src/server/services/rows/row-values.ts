import type { z } from 'zod';
import { dataTypes } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { RowData } from '../../../contract/rows.ts';
import type { ColumnMeta } from '../store/table-meta.ts';

const schemaCache = new Map<string, z.ZodType>();

/** The value schema of a column, built once per column definition (validation is the insert hot path). */
function valueSchema(column: ColumnMeta): z.ZodType {
  const key = `${column.id}:${column.updatedAt}:${column.dataType}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    if (schemaCache.size > 10_000) schemaCache.clear();
    schema = dataTypes[column.dataType].valueSchema(column.config);
    schemaCache.set(key, schema);
  }
  return schema;
}

/** The default a new row gets for a column it does not mention. */
export function defaultFor(column: ColumnMeta): unknown {
  if (column.defaultValue === null) return null;
  return dataTypes[column.dataType].parseText(column.defaultValue, column.config) ?? null;
}

/** Checks one value against its column; returns the normalized value or an error message. */
export function checkValue(
  column: ColumnMeta,
  value: unknown,
  schema = valueSchema(column),
): { value: unknown } | { error: string } {
  const empty =
    value === null || value === undefined || (value === '' && !dataTypes[column.dataType].keepsEmptyText);
  if (empty) return column.required ? { error: `${column.name} is required` } : { value: null };
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data };
  return { error: result.error.issues[0]?.message ?? 'Invalid value' };
}

/** Validates one row's data, naming each problem by path; the result holds every writable column. */
export type RowValidator = (data: RowData, path: string) => { data: RowData; errors: ErrorDetail[] };

/**
 * Builds the validator of a table's rows once per request (a batch checks up to 1000 rows).
 * `insert` fills unmentioned columns with their defaults; `replace` (a full update) with null.
 */
export function rowValidator(columns: ColumnMeta[], mode: 'insert' | 'replace'): RowValidator {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const writable = columns
    .filter((column) => dataTypes[column.dataType].writable)
    .map((column) => ({ column, schema: valueSchema(column) }));
  const defaults = new Map(
    writable.map(({ column }) => [column.name, mode === 'insert' ? defaultFor(column) : null]),
  );
  return (data, path) => {
    const errors: ErrorDetail[] = [];
    for (const key of Object.keys(data)) {
      const column = byName.get(key);
      if (!column) errors.push({ path: `${path}.${key}`, message: `Unknown column "${key}"` });
      else if (!dataTypes[column.dataType].writable && data[key] != null) {
        errors.push({
          path: `${path}.${key}`,
          message: `Column "${key}" is ${column.dataType} and cannot be written`,
        });
      }
    }
    const normalized: RowData = {};
    for (const { column, schema } of writable) {
      const given = data[column.name];
      const checked = checkValue(column, given === undefined ? defaults.get(column.name) : given, schema);
      if ('error' in checked) errors.push({ path: `${path}.${column.name}`, message: checked.error });
      else normalized[column.name] = checked.value;
    }
    return { data: normalized, errors };
  };
}
