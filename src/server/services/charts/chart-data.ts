import { type SQL, sql } from 'drizzle-orm';
import type { Chart, ChartData, ChartPoint } from '../../../contract/charts.ts';
import type { FilterSpec } from '../../../contract/rows.ts';
import { queryRows } from '../../db/database.ts';
import { storageTypes } from '../../db/storage-types.ts';
import { whereClause } from '../row-query.ts';
import type { Store } from '../store.ts';
import type { ColumnMeta, TableMeta } from '../table-meta.ts';
import { chartColumns, chartKind } from './chart-columns.ts';

/** X values (or X and group pairs) returned at most; the chart says when there were more. */
const MAX_POINTS = 500;
const MAX_GROUPED_POINTS = 3_000;
/** Rows a scatter chart shows: a stable sample (the same rows each time) of the matching rows. */
const MAX_SCATTER = 2_000;

const quoted = (column: ColumnMeta) => `"${column.storageName}"`;

/** A column's values as numbers: stored numbers, or computed values that are numbers. */
function numberExpression(column: ColumnMeta): string {
  const col = quoted(column);
  return column.dataType === 'computed'
    ? `CASE WHEN jsonb_typeof(${col}) = 'number' THEN (${col} #>> '{}')::float8 END`
    : col;
}

/** A column's values as instants: stored dates, or computed values that are dates. */
function dateExpression(column: ColumnMeta): string {
  const col = quoted(column);
  return column.dataType === 'computed' ? `ait_try_timestamptz(${col} #>> '{}')` : col;
}

/** One axis: its select expression, and a lateral join when a list column gives one value per item. */
function axis(
  column: ColumnMeta,
  alias: string,
  bucket: string | null | undefined,
): { expr: string; join: string } {
  switch (chartKind(column)) {
    case 'number':
      return { expr: numberExpression(column), join: '' };
    case 'date':
      return {
        expr: `to_char(date_trunc('${bucket ?? 'day'}', ${dateExpression(column)} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`,
        join: '',
      };
    case 'list':
      return {
        expr: `${alias}.v`,
        join: `LEFT JOIN LATERAL unnest(${quoted(column)}) AS ${alias}(v) ON TRUE`,
      };
    default:
      return { expr: storageTypes[column.dataType].toText(quoted(column)), join: '' };
  }
}

/**
 * A chart's points, aggregated in SQL over every row of the table that matches the chart's filters and
 * the view's: one point per X value (a date bucket for dates, each option of a multiselect), split by
 * the group column when there is one. A scatter chart without aggregation plots rows.
 */
export async function chartData(
  store: Store,
  table: TableMeta,
  chart: Chart,
  viewFilters: FilterSpec[] = [],
): Promise<ChartData> {
  const { config } = chart;
  const { x, y, group, aggregation } = chartColumns(table, config);
  const where = whereClause(table.columns, [...(config.filters ?? []), ...viewFilters]);
  const from = sql.raw(`"${table.storageName}"`);
  const xAxis = axis(x, 'xv', config.dateBucket);
  const kind = chartKind(x);
  const xKind = kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'category';
  const base = { chartId: chart.id, type: config.type, aggregation, xKind, version: table.version } as const;

  if (aggregation === null) {
    const yExpr = sql.raw(numberExpression(y as ColumnMeta));
    const rows = await queryRows<{ x: unknown; y: number }>(
      store.db,
      sql`SELECT ${sql.raw(xAxis.expr)} AS x, ${yExpr} AS y FROM ${from}
          WHERE ${where} AND ${sql.raw(xAxis.expr)} IS NOT NULL AND ${yExpr} IS NOT NULL
          ORDER BY hashtext(id::text), id LIMIT ${MAX_SCATTER + 1}`,
    );
    const points = rows.slice(0, MAX_SCATTER).map((row) => ({ x: toX(row.x, xKind), y: Number(row.y) }));
    return { ...base, points, groups: [], truncated: rows.length > MAX_SCATTER };
  }

  const gAxis = group ? axis(group, 'gv', null) : null;
  const measure: SQL =
    aggregation === 'count'
      ? sql`count(*)`
      : sql`${sql.raw(aggregation)}(${sql.raw(numberExpression(y as ColumnMeta))})`;
  const limit = gAxis ? MAX_GROUPED_POINTS : MAX_POINTS;
  const order = config.type === 'pie' ? sql`y DESC NULLS LAST, x` : sql`x NULLS LAST`;
  const rows = await queryRows<{ x: unknown; g: string | null; y: number | null }>(
    store.db,
    sql`SELECT ${sql.raw(xAxis.expr)} AS x, ${sql.raw(gAxis?.expr ?? 'NULL::text')} AS g, ${measure} AS y
        FROM ${from} ${sql.raw(xAxis.join)} ${sql.raw(gAxis?.join ?? '')}
        WHERE ${where}
        GROUP BY 1, 2 ORDER BY ${order}, g NULLS LAST LIMIT ${limit + 1}`,
  );
  const points: ChartPoint[] = rows
    .slice(0, limit)
    .filter((row) => row.y !== null)
    .map((row) => ({
      x: toX(row.x, xKind),
      y: Number(row.y),
      ...(gAxis && { group: row.g === null ? null : String(row.g) }),
    }));
  const groups = gAxis ? [...new Set(points.map((point) => point.group ?? ''))] : [];
  return { ...base, points, groups, truncated: rows.length > limit };
}

function toX(value: unknown, xKind: string): ChartPoint['x'] {
  if (value === null || value === undefined) return null;
  if (xKind === 'number') return Number(value);
  return typeof value === 'boolean' ? value : String(value);
}
