import { z } from 'zod';
import { FilterSpec, ListRowsQuery } from './rows.ts';

export const ChartType = z.enum(['bar', 'line', 'area', 'pie', 'scatter']);
export type ChartType = z.infer<typeof ChartType>;

export const Aggregation = z.enum(['count', 'sum', 'avg', 'min', 'max']);
export type Aggregation = z.infer<typeof Aggregation>;

export const DateBucket = z.enum(['day', 'week', 'month']);
export type DateBucket = z.infer<typeof DateBucket>;

const ColumnRef = z.string().min(1).max(64);
const Title = z.string().trim().min(1).max(256);

/** A chart's settings: what is counted or measured, over which rows, grouped how. */
export const ChartConfig = z
  .object({
    type: ChartType,
    xColumn: ColumnRef.describe('Column whose values (or date buckets) make the X axis'),
    yColumn: ColumnRef.nullable()
      .optional()
      .describe('Number column measured by sum, avg, min, max; scatter: Y'),
    aggregation: Aggregation.optional().describe('count by default; a scatter without one plots rows'),
    groupBy: ColumnRef.nullable()
      .optional()
      .describe(
        'Split each X value into series by this column (select, multiselect, text, boolean, AI label)',
      ),
    dateBucket: DateBucket.nullable().optional().describe('Date X columns: day (default), week or month'),
    filters: z.array(FilterSpec).max(50).optional().describe('Only rows matching all of these'),
  })
  .meta({ id: 'ChartConfig' });
export type ChartConfig = z.infer<typeof ChartConfig>;

export const Chart = z
  .object({
    id: z.string(),
    tableId: z.string(),
    name: z.string().describe('Chart title'),
    config: ChartConfig,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Chart' });
export type Chart = z.infer<typeof Chart>;

export const CreateChartInput = ChartConfig.extend({ title: Title }).meta({ id: 'CreateChartInput' });
export type CreateChartInput = z.infer<typeof CreateChartInput>;

/** Every field optional; given config fields are merged into the chart's config, null clears one. */
export const UpdateChartInput = CreateChartInput.partial().meta({ id: 'UpdateChartInput' });
export type UpdateChartInput = z.infer<typeof UpdateChartInput>;

/** GET .../charts/{chartId}/data: extra filters for this view (the grid's), on top of the chart's own. */
export const ChartDataQuery = ListRowsQuery.pick({ filters: true });
export type ChartDataQuery = z.infer<typeof ChartDataQuery>;

export const ChartPoint = z.object({
  x: z
    .union([z.string(), z.number(), z.boolean()])
    .nullable()
    .describe('X value; a date bucket as its first day'),
  y: z.number(),
  group: z.string().nullable().optional().describe('Series, when the chart has groupBy'),
});
export type ChartPoint = z.infer<typeof ChartPoint>;

export const ChartData = z
  .object({
    chartId: z.string(),
    type: ChartType,
    aggregation: Aggregation.nullable().describe('null: a scatter of rows (a stable sample of up to 2000)'),
    xKind: z.enum(['category', 'number', 'date']).describe('How to lay out the X axis'),
    points: z.array(ChartPoint),
    groups: z.array(z.string()).describe('Series names, in order (empty without groupBy)'),
    truncated: z.boolean().describe('More X values (or scatter points) exist than were returned'),
    version: z.number().int().describe('Table version the data was computed at'),
  })
  .meta({ id: 'ChartData' });
export type ChartData = z.infer<typeof ChartData>;

/** A chart's place on the dashboard: order is the array's; w counts of 3 columns, h of row units. */
export const DashboardItem = z.object({
  chartId: z.string(),
  w: z.number().int().min(1).max(3),
  h: z.number().int().min(1).max(3),
});
export type DashboardItem = z.infer<typeof DashboardItem>;

export const Dashboard = z
  .object({
    tableId: z.string(),
    items: z.array(DashboardItem).max(200),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;

export const SaveDashboardInput = z
  .object({ items: z.array(DashboardItem).max(200) })
  .meta({ id: 'SaveDashboardInput' });
export type SaveDashboardInput = z.infer<typeof SaveDashboardInput>;
