import type { ChartConfig } from '../../../contract/charts.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import { queryView, whereClause } from '../rows/row-query.ts';
import { ValidationError } from '../store/errors.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/** How a chart reads a column: as categories, numbers or dates (computed columns by their result type). */
export type ChartKind = 'category' | 'number' | 'date' | 'list';

/** A column's chart kind, from how queries read it (queryView): a computed column by its result type. */
export function chartKind(column: ColumnMeta): ChartKind {
  const kind = queryView(column).kind;
  return kind === 'number'
    ? 'number'
    : kind === 'timestamp'
      ? 'date'
      : kind === 'array'
        ? 'list'
        : 'category';
}

/** The columns a chart names, found in the table; a ValidationError names each one that is missing or unfit. */
export function chartColumns(table: TableMeta, config: ChartConfig) {
  const errors: ErrorDetail[] = [];
  const find = (name: string | null | undefined, path: string) => {
    if (!name) return undefined;
    const column = table.columns.find((candidate) => candidate.name === name);
    if (!column) errors.push({ path, message: `Unknown column "${name}"` });
    return column;
  };
  const x = find(config.xColumn, 'xColumn');
  const y = find(config.yColumn, 'yColumn');
  const group = find(config.groupBy, 'groupBy');
  const aggregation = config.aggregation ?? (config.type === 'scatter' ? null : 'count');
  const needsY = aggregation !== null && aggregation !== 'count';
  if ((needsY || config.type === 'scatter') && !config.yColumn)
    errors.push({
      path: 'yColumn',
      message: `A ${config.type === 'scatter' ? 'scatter chart' : `${aggregation} chart`} needs a yColumn`,
    });
  if (y && (needsY || config.type === 'scatter') && chartKind(y) !== 'number')
    errors.push({ path: 'yColumn', message: `"${y.name}" is not a number column` });
  if (x && config.type === 'scatter' && chartKind(x) !== 'number' && chartKind(x) !== 'date')
    errors.push({ path: 'xColumn', message: 'A scatter chart needs a number or date X column' });
  if (x && config.dateBucket && chartKind(x) !== 'date')
    errors.push({ path: 'dateBucket', message: `"${x.name}" is not a date column` });
  if (group && chartKind(group) === 'date')
    errors.push({ path: 'groupBy', message: 'Group by a category, not a date' });
  try {
    whereClause(table.columns, config.filters);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    errors.push(...error.details);
  }
  if (errors.length > 0) throw new ValidationError('Invalid chart', errors);
  return { x: x as ColumnMeta, y, group, aggregation };
}
