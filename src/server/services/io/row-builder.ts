import { dataTypes } from '../../../contract/data-types/index.ts';
import type { RowData } from '../../../contract/rows.ts';
import { serverColumnTypeOf } from '../../column-types/index.ts';
import { defaultFor } from '../rows/row-values.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { convertValue, quoted } from './convert.ts';
import type { PlannedField } from './plan.ts';

/** Why one value of a row cannot be stored: the column, the value as the file holds it, the reason. */
export interface ValueProblem {
  column: string;
  value: string;
  reason: string;
  message: string;
}

/** A built row (its cells with refused values left empty), or null when it must be left out. */
export interface BuiltRow {
  data: RowData | null;
  problems: readonly ValueProblem[];
}

const NO_PROBLEMS: readonly ValueProblem[] = Object.freeze([]);

/** A source value as text for reports: as written, objects and lists as JSON. */
const sourceText = (raw: unknown): string =>
  raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);

/**
 * The final check of a value `convertValue` produced: what reading a file's value does not check
 * (text length and NUL, finite numbers, list items), by the type's server entry (`file.refuse`).
 */
function finalCheck(column: ColumnMeta, value: unknown): string | undefined {
  if (value === null) return column.required ? `${column.name} is required` : undefined;
  return serverColumnTypeOf(column.dataType).file?.refuse?.(value, column.config);
}

/**
 * Builds a row's data from a source row's values: mapped columns converted and checked, the table's
 * other writable columns given their defaults (as the rows API does for an insert). Every value that
 * does not fit is reported; with `emptyCell` its cell is left empty and the row kept, unless the
 * column is required (an empty cell would not fit either), otherwise the row is left out.
 */
export function rowBuilder(table: TableMeta, fields: PlannedField[], unquote: boolean, emptyCell: boolean) {
  const byName = new Map(fields.filter((field) => !field.skip).map((field) => [field.name, field.index]));
  const writable = table.columns.filter((column) => dataTypes[column.dataType].writable);
  const plan = writable.map((column) => ({
    column,
    index: byName.get(column.name),
    fallback: defaultFor(column),
  }));
  const problem = (column: ColumnMeta, raw: unknown, reason: string): ValueProblem => ({
    column: column.name,
    value: sourceText(raw),
    reason,
    message: `Column "${column.name}": ${reason}`,
  });
  return (values: unknown[]): BuiltRow => {
    const data: RowData = {};
    // Made on the first problem: an import builds millions of rows, nearly all without any.
    let problems: ValueProblem[] | undefined;
    let keep = true;
    for (const { column, index, fallback } of plan) {
      let value = fallback;
      if (index !== undefined) {
        const converted = convertValue(values[index], column.dataType, column.config, unquote);
        if ('error' in converted) {
          const raw = values[index];
          problems ??= [];
          problems.push({
            ...problem(column, raw, converted.error),
            message: `Column "${column.name}": ${quoted(raw)} is ${converted.error}`,
          });
          keep &&= emptyCell && !column.required;
          data[column.name] = null;
          continue;
        }
        value = converted.value;
      }
      const refused = finalCheck(column, value ?? null);
      if (refused) {
        problems ??= [];
        problems.push(problem(column, index === undefined ? null : values[index], refused));
        keep &&= emptyCell && !column.required && value !== null && value !== undefined;
        data[column.name] = null;
        continue;
      }
      data[column.name] = value ?? null;
    }
    return { data: keep ? data : null, problems: problems ?? NO_PROBLEMS };
  };
}
