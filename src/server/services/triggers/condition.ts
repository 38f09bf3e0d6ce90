import { type DataType, dataTypes } from '../../../contract/data-types/index.ts';
import type { FilterSpec, RowData } from '../../../contract/rows.ts';
import type { TriggerCondition } from '../../../contract/triggers.ts';
import { storageOf } from '../../column-types/index.ts';
import type { StorageKind } from '../../column-types/storage-types.ts';
import type { ColumnMeta } from '../store/table-meta.ts';

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());

/** A cell as text, as the SQL filters read JSON cells (`#>> '{}'`): strings bare, the rest as JSON. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : JSON.stringify(value);
}

/** How a column's values compare: computed columns by the kind of value their formula gives. */
function kindOf(column: ColumnMeta): StorageKind {
  if (column.dataType !== 'computed') return storageOf(column).kind;
  const result = column.config.resultType;
  return result === 'number'
    ? 'number'
    : result === 'date'
      ? 'timestamp'
      : result === 'boolean'
        ? 'boolean'
        : 'json';
}

/** A filter value read as the column's kind (numbers from "5", dates as instants); undefined if it cannot be. */
function comparable(column: ColumnMeta, value: unknown): unknown {
  const kind = kindOf(column);
  if (kind === 'number' && typeof value === 'number') return value;
  if (kind === 'boolean' && typeof value === 'boolean') return value;
  if (kind === 'number' || kind === 'boolean' || kind === 'timestamp') {
    const type = column.dataType === 'computed' ? (kind === 'timestamp' ? 'date' : kind) : column.dataType;
    const parsed = typeof value === 'string' ? dataTypes[type as DataType].parseText(value, {}) : undefined;
    return kind === 'timestamp' && typeof parsed === 'string' ? Date.parse(parsed) : parsed;
  }
  return value === null || value === undefined ? undefined : String(value);
}

function cellValue(column: ColumnMeta, value: unknown): unknown {
  const kind = kindOf(column);
  if (value === null || value === undefined) return null;
  if (kind === 'timestamp') return Date.parse(String(value));
  if (kind === 'json') return asText(value);
  return value;
}

function equals(column: ColumnMeta, cell: unknown, raw: unknown): boolean {
  if (cell === null) return false;
  const value = comparable(column, raw);
  if (Array.isArray(cell)) return cell.includes(value);
  if (kindOf(column) === 'timestamp' && isDay(raw))
    return (cell as number) >= (value as number) && (cell as number) < (value as number) + 86_400_000;
  return cell === value;
}

/**
 * Whether one filter holds for a row's data, with the meaning the rows API gives it in SQL (see
 * row-query.ts): contains and starts_with ignore case, a day matches the whole day, neq includes empty
 * cells, multiselect eq/contains mean "has this option". A trigger's condition is checked this way on
 * the row as it was written.
 */
export function matchesFilter(column: ColumnMeta, data: RowData, filter: FilterSpec): boolean {
  const cell = cellValue(column, data[column.name]);
  const empty = cell === null || cell === '' || (Array.isArray(cell) && cell.length === 0);
  switch (filter.operator) {
    case 'is_empty':
      return empty;
    case 'is_not_empty':
      return !empty;
    case 'eq':
      return equals(column, cell, filter.value);
    case 'neq':
      return !equals(column, cell, filter.value);
    case 'in':
      return Array.isArray(filter.value) && filter.value.some((value) => equals(column, cell, value));
    case 'contains':
    case 'starts_with': {
      if (Array.isArray(cell)) return cell.includes(comparable(column, filter.value));
      const text = asText(data[column.name]).toLowerCase();
      const wanted = asText(filter.value).toLowerCase();
      return filter.operator === 'contains' ? text.includes(wanted) : text.startsWith(wanted);
    }
    default: {
      const value = comparable(column, filter.value);
      if (empty || value === undefined) return false;
      const [a, b] = [cell as number | string, value as number | string];
      return filter.operator === 'gt'
        ? a > b
        : filter.operator === 'gte'
          ? a >= b
          : filter.operator === 'lt'
            ? a < b
            : a <= b;
    }
  }
}

/** Whether a trigger's condition (none, one filter, or a list that must all hold) holds for a row. */
export function matchesCondition(
  columns: ColumnMeta[],
  data: RowData,
  condition: TriggerCondition | null,
): boolean {
  if (!condition) return true;
  const filters = Array.isArray(condition) ? condition : [condition];
  return filters.every((filter) => {
    const column = columns.find((candidate) => candidate.name === filter.column);
    // A column deleted since the trigger was saved cannot hold: the trigger does not fire.
    return column !== undefined && matchesFilter(column, data, filter);
  });
}
