import type { ChartConfig, ChartPoint } from '../../../../contract/charts.ts';
import type { Column } from '../../../../contract/columns.ts';
import { valueKindOf } from '../../../../contract/data-types/index.ts';
import type { FilterSpec } from '../../../../contract/rows.ts';

/** The first day after a date bucket, as YYYY-MM-DD. */
function bucketEnd(start: string, bucket: ChartConfig['dateBucket']): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (bucket === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

/** The filters that select the rows behind one value of a column on a chart's axis or series. */
function valueFilters(column: Column | undefined, value: ChartPoint['x'], config: ChartConfig): FilterSpec[] {
  if (!column) return [];
  const name = column.name;
  if (value === null || value === '') return [{ column: name, operator: 'is_empty' }];
  const kind = valueKindOf(column);
  // A list's point is one of its items; a date's a bucket of days.
  if (kind === 'list') return [{ column: name, operator: 'contains', value }];
  if (kind === 'instant' && typeof value === 'string') {
    return [
      { column: name, operator: 'gte', value },
      { column: name, operator: 'lt', value: bucketEnd(value, config.dateBucket ?? 'day') },
    ];
  }
  return [{ column: name, operator: 'eq', value }];
}

/**
 * The grid filters that show the rows behind a bar, slice or point: the chart's own filters, its X value
 * (a date bucket as a range) and, for a grouped chart, the series.
 */
export function pointFilters(
  config: ChartConfig,
  columns: Column[],
  x: ChartPoint['x'],
  group?: string | null,
): FilterSpec[] {
  const find = (name: string | null | undefined) => columns.find((column) => column.name === name);
  return [
    ...(config.filters ?? []),
    ...valueFilters(find(config.xColumn), x, config),
    ...(config.groupBy && group !== undefined
      ? valueFilters(find(config.groupBy), group === '(empty)' ? null : group, config)
      : []),
  ];
}
