import { dataTypes } from '../../../contract/data-types/index.ts';
import { MAX_TEXT_LENGTH } from '../../../contract/data-types/text.ts';
import type { RowData } from '../../../contract/rows.ts';
import { checkValue, defaultFor } from '../row-values.ts';
import type { ColumnMeta, TableMeta } from '../table-meta.ts';
import { convertValue } from './convert.ts';
import type { PlannedField } from './plan.ts';

/** Why one value of a row cannot be stored. */
export interface ValueProblem {
  column: string;
  message: string;
}

/**
 * The final check of a value `convertValue` produced. Values read from text by the type's own
 * `parseText` already fit their type, so only what parsing does not see is checked here (text length
 * and NUL, finite numbers); lists go through the type's zod schema. Together this is what the rows
 * API's validator checks, at a fraction of its cost per value: an import checks ten million of them.
 */
function finalCheck(column: ColumnMeta, value: unknown): string | undefined {
  if (value === null) return column.required ? `${column.name} is required` : undefined;
  switch (column.dataType) {
    case 'text': {
      const text = value as string;
      if (text.length > MAX_TEXT_LENGTH)
        return `Text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`;
      return text.includes('\u0000') ? 'Text cannot contain the NUL character (\\u0000)' : undefined;
    }
    case 'number':
      return Number.isFinite(value) ? undefined : 'Expected a finite number';
    case 'multiselect':
    case 'relation': {
      const checked = checkValue(column, value);
      return 'error' in checked ? checked.error : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Builds a row's data from a source row's values: mapped columns converted and checked, the table's
 * other writable columns given their defaults (as the rows API does for an insert).
 */
export function rowBuilder(table: TableMeta, fields: PlannedField[], unquote: boolean) {
  const byName = new Map(fields.filter((field) => !field.skip).map((field) => [field.name, field.index]));
  const writable = table.columns.filter((column) => dataTypes[column.dataType].writable);
  const plan = writable.map((column) => ({
    column,
    index: byName.get(column.name),
    fallback: defaultFor(column),
  }));
  return (values: unknown[]): { data: RowData } | ValueProblem => {
    const data: RowData = {};
    for (const { column, index, fallback } of plan) {
      let value = fallback;
      if (index !== undefined) {
        const converted = convertValue(values[index], column.dataType, column.config, unquote);
        if ('error' in converted)
          return { column: column.name, message: `Column "${column.name}": ${converted.error}` };
        value = converted.value;
      }
      const problem = finalCheck(column, value ?? null);
      if (problem) return { column: column.name, message: `Column "${column.name}": ${problem}` };
      data[column.name] = value ?? null;
    }
    return { data };
  };
}
