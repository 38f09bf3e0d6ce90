import { type AnyColumnConfig, type DataType, dataTypes } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';

/**
 * Checks what zod cannot see alone: a default value must fit its column's type and options. The config
 * is any type's, as sent (or merged on a change): options sent are checked whatever the type.
 */
export function checkColumnDef(
  def: { dataType: DataType; defaultValue?: string | null; config?: AnyColumnConfig },
  path: string,
): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const type = dataTypes[def.dataType];
  if (def.defaultValue != null && def.defaultValue !== '') {
    if (!type.writable)
      errors.push({ path: `${path}.defaultValue`, message: `${def.dataType} columns take no default` });
    else if (type.parseText(def.defaultValue, def.config ?? {}) === undefined) {
      errors.push({
        path: `${path}.defaultValue`,
        message: `"${def.defaultValue}" is not a valid ${def.dataType} value`,
      });
    }
  }
  const options = def.config?.options;
  if (options && new Set(options).size !== options.length) {
    errors.push({ path: `${path}.config.options`, message: 'Options must be unique' });
  }
  return errors;
}

/** Column names must be unique within a table. */
export function duplicateNames(names: string[], path: (index: number) => string): ErrorDetail[] {
  const seen = new Set<string>();
  return names.flatMap((name, index) => {
    if (!seen.has(name)) {
      seen.add(name);
      return [];
    }
    return [{ path: path(index), message: `Column name "${name}" is already used` }];
  });
}
