import { type SQL, sql } from 'drizzle-orm';
import { type DataType, dataTypes, isDay, valueTypeOf } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { FilterSpec, SortSpec } from '../../../contract/rows.ts';
import { storageOf } from '../../column-types/index.ts';
import type { StorageKind } from '../../column-types/storage-types.ts';
import { ValidationError } from '../store/errors.ts';
import type { ColumnMeta } from '../store/table-meta.ts';

const SQL_CAST: Record<StorageKind, string> = {
  text: 'text',
  number: 'double precision',
  boolean: 'boolean',
  timestamp: 'timestamptz',
  array: 'text',
  json: 'text',
};

/**
 * How queries (filters, sorts, charts) read a column: its kind and SQL expression. Array and JSON
 * columns are read as text; a column whose values follow another type (a computed column, its result
 * type) holds JSON and is read through that type's storage, so that 9 < 10 and dates compare as dates
 * (a formula error reads as empty).
 */
export function queryView(column: ColumnMeta): { kind: StorageKind; expression: string; parse: DataType } {
  const type = storageOf(column);
  const stored = `"${column.storageName}"`;
  const parse = valueTypeOf(column);
  const read = storageOf({ dataType: parse, config: column.config });
  if (parse !== column.dataType && type.kind === 'json' && read.fromJson)
    return { kind: read.kind, expression: read.fromJson(stored), parse };
  const expression = type.kind === 'json' ? type.toText(stored) : stored;
  return { kind: type.kind, expression, parse: column.dataType };
}

/** Reads a filter value as a comparable value of the column's kind, or undefined when it cannot be one. */
function comparable(column: ColumnMeta, value: unknown): unknown {
  const { kind, parse } = queryView(column);
  if (kind === 'number' || kind === 'boolean' || kind === 'timestamp') {
    if (kind === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
    if (kind === 'boolean' && typeof value === 'boolean') return value;
    return typeof value === 'string' ? dataTypes[parse].parseText(value, column.config) : undefined;
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** A date filter given as a day (2026-04-03) matches every time in that UTC day. */
const isCalendarDay = (kind: StorageKind, value: unknown): boolean =>
  kind === 'timestamp' && typeof value === 'string' && isDay(value.trim());

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterCondition(column: ColumnMeta, filter: FilterSpec, path: string): SQL {
  const { kind, expression } = queryView(column);
  const col = sql.raw(expression);
  const cast = sql.raw(SQL_CAST[kind]);
  const invalid = (message: string) => new ValidationError('Invalid filter', [{ path, message }]);
  const one = (value: unknown): unknown => {
    const parsed = comparable(column, value);
    if (parsed === undefined)
      throw invalid(`Value ${JSON.stringify(value)} does not fit ${column.dataType} column "${column.name}"`);
    return parsed;
  };
  const asText = sql.raw(storageOf(column).toText(`"${column.storageName}"`));
  switch (filter.operator) {
    case 'is_empty':
      return emptyCondition(column, col);
    case 'is_not_empty':
      return sql`NOT (${emptyCondition(column, col)})`;
    case 'contains':
      if (kind === 'array') return sql`${one(filter.value)} = ANY(${col})`;
      return sql`${asText} ILIKE ${`%${escapeLike(String(one(filter.value)))}%`}`;
    case 'starts_with':
      return sql`${asText} ILIKE ${`${escapeLike(String(one(filter.value)))}%`}`;
    case 'in': {
      if (!Array.isArray(filter.value)) throw invalid('The in operator needs an array value');
      if (filter.value.length === 0) return sql`FALSE`;
      const values = sql.join(
        filter.value.map((value) => sql`${one(value)}::${cast}`),
        sql`, `,
      );
      return kind === 'array' ? sql`${col} && ARRAY[${values}]` : sql`${col} IN (${values})`;
    }
    case 'eq':
    case 'neq': {
      const value = one(filter.value);
      const equal =
        kind === 'array'
          ? sql`${value}::text = ANY(${col})`
          : isCalendarDay(kind, filter.value)
            ? sql`(${col} >= ${value}::timestamptz AND ${col} < ${value}::timestamptz + interval '1 day')`
            : sql`${col} = ${value}::${cast}`;
      return filter.operator === 'eq' ? equal : sql`NOT COALESCE(${equal}, FALSE)`;
    }
    default: {
      if (kind === 'array' || kind === 'boolean')
        throw invalid(`${filter.operator} does not apply to ${column.dataType} columns`);
      const operators = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
      return sql`${col} ${sql.raw(operators[filter.operator])} ${one(filter.value)}::${cast}`;
    }
  }
}

function emptyCondition(column: ColumnMeta, col: SQL): SQL {
  const { kind } = queryView(column);
  if (kind === 'text' || kind === 'json') return sql`(${col} IS NULL OR ${col} = '')`;
  if (kind === 'array') return sql`(${col} IS NULL OR cardinality(${col}) = 0)`;
  return sql`${col} IS NULL`;
}

function findColumn(
  columns: ColumnMeta[],
  name: string,
  path: string,
  errors: ErrorDetail[],
): ColumnMeta | undefined {
  const column = columns.find((candidate) => candidate.name === name);
  if (!column) errors.push({ path, message: `Unknown column "${name}"` });
  return column;
}

/** Rows where any column, read as text, contains the search text (case-insensitive). */
function searchCondition(columns: ColumnMeta[], search: string): SQL {
  const pattern = `%${escapeLike(search)}%`;
  const matches = columns.map(
    (column) => sql`${sql.raw(storageOf(column).toText(`"${column.storageName}"`))} ILIKE ${pattern}`,
  );
  return matches.length === 0 ? sql`FALSE` : sql`(${sql.join(matches, sql` OR `)})`;
}

/**
 * WHERE clause for a list of filters, all of which must hold, and an optional quick search.
 * Throws 400 for unknown columns or bad values.
 */
export function whereClause(columns: ColumnMeta[], filters: FilterSpec[] = [], search?: string): SQL {
  const errors: ErrorDetail[] = [];
  const conditions: SQL[] = [];
  filters.forEach((filter, index) => {
    const column = findColumn(columns, filter.column, `filters[${index}].column`, errors);
    if (column) conditions.push(filterCondition(column, filter, `filters[${index}].value`));
  });
  if (errors.length > 0) throw new ValidationError('Invalid filter', errors);
  if (search?.trim()) conditions.push(searchCondition(columns, search.trim()));
  return conditions.length === 0 ? sql`TRUE` : sql.join(conditions, sql` AND `);
}

/**
 * The sort keys of a query as SQL text, each usable both in ORDER BY and as an index element, so an
 * index built from them serves the sort. Empty values sort last in both directions; text sorts
 * case-insensitively and byte-wise, so both engines order rows the same whatever their locale.
 */
export function sortKeys(columns: ColumnMeta[], sorts: SortSpec[] = []): string[] {
  const errors: ErrorDetail[] = [];
  const keys = sorts.flatMap((sort, index) => {
    const column = findColumn(columns, sort.column, `sorts[${index}].column`, errors);
    if (!column) return [];
    const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
    const { kind, expression } = queryView(column);
    if (kind !== 'text' && kind !== 'json') return [`(${expression}) ${direction} NULLS LAST`];
    return [
      `(lower(${expression})) COLLATE "C" ${direction} NULLS LAST`,
      `(${expression}) COLLATE "C" ${direction}`,
    ];
  });
  if (errors.length > 0) throw new ValidationError('Invalid sort', errors);
  return keys;
}

/** ORDER BY clause: the sort keys, then insertion order (ids are time-ordered). */
export function orderClause(columns: ColumnMeta[], sorts: SortSpec[] = []): SQL {
  return sql.raw([...sortKeys(columns, sorts), 'id ASC'].join(', '));
}

/**
 * The columns of a query's filters that one b-tree index can serve, equality comparisons first and
 * range comparisons after: an index on them in that order answers the page and its count alone.
 */
export function indexableFilterColumns(columns: ColumnMeta[], filters: FilterSpec[] = []): ColumnMeta[] {
  const rank = (filter: FilterSpec) => (filter.operator === 'eq' || filter.operator === 'in' ? 0 : 1);
  const indexable = new Set(['eq', 'gt', 'gte', 'lt', 'lte', 'in']);
  const found = [...filters]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((filter) => {
      const column = columns.find((candidate) => candidate.name === filter.column);
      const kind = column && storageOf(column).kind;
      return column && kind !== 'array' && kind !== 'json' && indexable.has(filter.operator) ? [column] : [];
    });
  return [...new Set(found)];
}
