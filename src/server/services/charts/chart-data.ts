import { sql } from 'drizzle-orm';
import type { Aggregation, Chart, ChartData, ChartPoint } from '../../../contract/charts.ts';
import type { FilterSpec } from '../../../contract/rows.ts';
import { storageOf } from '../../column-types/index.ts';
import { queryRows } from '../../db/database.ts';
import { queryView, whereClause } from '../rows/row-query.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { chartColumns, chartKind } from './chart-columns.ts';

/** X values (or X and group pairs) returned at most; the chart says when there were more. */
const MAX_POINTS = 500;
const MAX_GROUPED_POINTS = 3_000;
/** Rows a scatter chart shows: a stable sample (the same rows each time) of the matching rows. */
const MAX_SCATTER = 2_000;

const quoted = (column: ColumnMeta) => `"${column.storageName}"`;

/** A number or date column's values as queries read them: stored, or a computed column's JSON read as its result type. */
const valueExpression = (column: ColumnMeta): string => queryView(column).expression;

/** One axis of an aggregated chart, grouped in two steps (see PARTIALS). */
interface Axis {
  /** What rows are first grouped by: a raw value where few distinct ones exist, else the final value. */
  group: string;
  /** The final group of a first-step group `alias` (a date's bucket); a list is opened up instead. */
  regroup: (alias: string) => string;
  /** How a final group is shown (a bucket as YYYY-MM-DD), computed once per group, not per row. */
  show: (alias: string) => string;
  list?: boolean;
}

const same = (alias: string) => alias;

/**
 * One axis. A list column (multiselect) is grouped as a whole list (few distinct lists), then opened up.
 * A date is bucketed per row, unless the table's statistics say it holds few distinct values (days,
 * not instants): then rows are grouped by the date itself, in the order an index on it gives, and
 * the few groups are bucketed after.
 */
function axis(column: ColumnMeta, bucket: string | null | undefined, fewValues: boolean): Axis {
  switch (chartKind(column)) {
    case 'number':
      return { group: valueExpression(column), regroup: same, show: same };
    case 'date': {
      const trunc = (expr: string) => `date_trunc('${bucket ?? 'day'}', ${expr} AT TIME ZONE 'UTC')`;
      const show = (alias: string) => `to_char(${alias}, 'YYYY-MM-DD')`;
      return fewValues
        ? { group: valueExpression(column), regroup: trunc, show }
        : { group: trunc(valueExpression(column)), regroup: same, show };
    }
    case 'list':
      return { group: quoted(column), regroup: same, show: same, list: true };
    default:
      return { group: storageOf(column).toText(quoted(column)), regroup: same, show: same };
  }
}

/** Whether the planner's statistics say a column holds few distinct values (under a tenth of the rows). */
async function fewDistinct(store: Store, table: TableMeta, column: ColumnMeta): Promise<boolean> {
  const [stats] = await queryRows<{ n_distinct: number | string }>(
    store.db,
    sql`SELECT n_distinct FROM pg_stats WHERE tablename = ${table.storageName} AND attname = ${column.storageName}`,
  );
  if (!stats) return false;
  const distinct = Number(stats.n_distinct);
  // Positive: an estimate of the count; negative: minus the fraction of rows.
  return distinct >= 0 ? distinct < table.rowCount / 10 : -distinct < 0.1;
}

/**
 * Aggregation in two steps: partial results per group of raw values (a date bucket, a whole list), then
 * combined per shown value (each item of a list): the one pass over the rows does no per-row unnesting.
 */
const PARTIALS: Record<Aggregation, (value: string) => string> = {
  count: () => 'count(*) AS n, NULL::float8 AS a',
  sum: (value) => `NULL::bigint AS n, sum(${value}) AS a`,
  min: (value) => `NULL::bigint AS n, min(${value}) AS a`,
  max: (value) => `NULL::bigint AS n, max(${value}) AS a`,
  avg: (value) => `count(${value}) AS n, sum(${value}) AS a`,
};
const COMBINE: Record<Aggregation, string> = {
  count: 'sum(p.n)',
  sum: 'sum(p.a)',
  min: 'min(p.a)',
  max: 'max(p.a)',
  avg: 'sum(p.a) / NULLIF(sum(p.n), 0)',
};

/** Rows a scatter chart samples from when the table is larger: a stable sample of about this many. */
const SAMPLE_FROM = 20_000;

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
  const kind = chartKind(x);
  const xAxis = axis(x, config.dateBucket, kind === 'date' && (await fewDistinct(store, table, x)));
  const xKind = kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'category';
  const base = { chartId: chart.id, type: config.type, aggregation, xKind, version: table.version } as const;

  if (aggregation === null) {
    const yExpr = sql.raw(valueExpression(y as ColumnMeta));
    const xExpr = sql.raw(xAxis.show(xAxis.regroup(xAxis.group)));
    // On a large table a row-level sample (the same rows every time) is read instead of sorting them all.
    const percent = Math.min(100, (100 * SAMPLE_FROM) / Math.max(1, table.rowCount));
    const sample =
      percent < 100 ? sql.raw(`TABLESAMPLE BERNOULLI (${percent.toFixed(4)}) REPEATABLE (42)`) : sql``;
    const rows = await queryRows<{ x: unknown; y: number }>(
      store.db,
      sql`SELECT ${xExpr} AS x, ${yExpr} AS y FROM ${from} ${sample}
          WHERE ${where} AND ${xExpr} IS NOT NULL AND ${yExpr} IS NOT NULL
          ORDER BY hashtext(id::text), id LIMIT ${MAX_SCATTER + 1}`,
    );
    const points = rows.slice(0, MAX_SCATTER).map((row) => ({ x: toX(row.x, xKind), y: Number(row.y) }));
    return { ...base, points, groups: [], truncated: rows.length > MAX_SCATTER || percent < 100 };
  }

  const gAxis = group ? axis(group, null, false) : null;
  const value = valueExpression(y ?? x);
  const limit = gAxis ? MAX_GROUPED_POINTS : MAX_POINTS;
  const order = config.type === 'pie' ? sql`y DESC NULLS LAST, x` : sql`x NULLS LAST`;
  // An empty list still counts, as one empty value, like an empty cell of any other column.
  const open = (alias: string, list: string) =>
    `CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.${list}) > 0 THEN p.${list} ELSE ARRAY[NULL]::text[] END) AS ${alias}(v)`;
  const rows = await queryRows<{ x: unknown; g: string | null; y: number | null }>(
    store.db,
    sql`SELECT ${sql.raw(xAxis.show('s.x'))} AS x, ${sql.raw(gAxis ? gAxis.show('s.g') : 's.g')} AS g, s.y AS y
        FROM (SELECT ${sql.raw(xAxis.list ? 'ux.v' : xAxis.regroup('p.x'))} AS x, ${sql.raw(gAxis?.list ? 'ug.v' : 'p.g')} AS g,
                     ${sql.raw(COMBINE[aggregation])} AS y
              FROM (SELECT ${sql.raw(xAxis.group)} AS x, ${sql.raw(gAxis?.group ?? 'NULL::text')} AS g,
                           ${sql.raw(PARTIALS[aggregation](value))}
                    FROM ${from} WHERE ${where} GROUP BY 1, 2) AS p
              ${sql.raw(xAxis.list ? open('ux', 'x') : '')} ${sql.raw(gAxis?.list ? open('ug', 'g') : '')}
              GROUP BY 1, 2) AS s
        ORDER BY ${order}, g NULLS LAST LIMIT ${limit + 1}`,
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
