import type { ChartData, ChartPoint } from '../../../../contract/charts.ts';

/** One entry of a recharts data array: the X label, the X value, and one number per series. */
export type ChartRow = { label: string; x: ChartPoint['x'] } & Record<
  string,
  number | string | boolean | null
>;

/** The series key of an ungrouped chart. */
export const VALUE_KEY = 'value';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How an X value reads on an axis or a slice: empty values are named, months shortened. */
export function xLabel(x: ChartPoint['x'], monthly = false): string {
  if (x === null || x === '') return '(empty)';
  if (typeof x === 'boolean') return x ? 'Yes' : 'No';
  if (typeof x === 'number') return x.toLocaleString();
  if (monthly && /^\d{4}-\d{2}-01$/.test(x)) return `${MONTHS[Number(x.slice(5, 7)) - 1]} ${x.slice(0, 4)}`;
  return x;
}

/** The series a chart draws: one per group, or the single value series. */
export const seriesOf = (data: ChartData): string[] =>
  data.groups.length > 0 ? data.groups.map((g) => g || '(empty)') : [VALUE_KEY];

/**
 * The server's points as recharts wants them: one row per X value, with a number per series (the
 * groups of a grouped chart side by side in the row).
 */
export function chartRows(data: ChartData, monthly = false): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const point of data.points) {
    const key = JSON.stringify(point.x);
    const row = rows.get(key) ?? ({ label: xLabel(point.x, monthly), x: point.x } as ChartRow);
    row[data.groups.length > 0 ? point.group || '(empty)' : VALUE_KEY] = point.y;
    rows.set(key, row);
  }
  return [...rows.values()];
}
