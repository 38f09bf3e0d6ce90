import { and, asc, eq } from 'drizzle-orm';
import type { Chart, ChartConfig, CreateChartInput, UpdateChartInput } from '../../../contract/charts.ts';
import type { Executor } from '../../db/database.ts';
import { charts } from '../../db/schema.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid, newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import { chartColumns } from './chart-columns.ts';

type ChartRecord = typeof charts.$inferSelect;

const toChart = (record: ChartRecord): Chart => ({
  id: record.id,
  tableId: record.tableId,
  name: record.name,
  config: record.config as ChartConfig,
  createdAt: record.createdAt.toISOString(),
  updatedAt: record.updatedAt.toISOString(),
});

/** A config without cleared (null) or absent settings, as it is stored. */
function compact(config: Record<string, unknown>): ChartConfig {
  return Object.fromEntries(
    Object.entries(config).filter(([, value]) => value !== null && value !== undefined),
  ) as ChartConfig;
}

export async function listCharts(store: Store, tableId: string): Promise<Chart[]> {
  await store.tables.get(tableId);
  const records = await store.db
    .select()
    .from(charts)
    .where(eq(charts.tableId, tableId))
    .orderBy(asc(charts.createdAt), asc(charts.id));
  return records.map(toChart);
}

export async function getChart(executor: Executor, tableId: string, chartId: string): Promise<Chart> {
  const [record] = isUuid(chartId)
    ? await executor
        .select()
        .from(charts)
        .where(and(eq(charts.id, chartId), eq(charts.tableId, tableId)))
    : [];
  if (!record) throw new NotFoundError('Chart not found');
  return toChart(record);
}

/** Saves a new chart; its columns must exist and fit the type and aggregation (400 otherwise). */
export async function createChart(store: Store, tableId: string, input: CreateChartInput): Promise<Chart> {
  const table = await store.tables.get(tableId);
  const { title, ...rest } = input;
  const config = compact(rest);
  chartColumns(table, config);
  const id = newId();
  await store.db.transaction(async (tx) => {
    await tx.insert(charts).values({ id, tableId, name: title, config });
    await advanceTableVersion(store, tx, tableId);
  });
  return getChart(store.db, tableId, id);
}

/** Renames a chart and merges the given settings into its config (null clears one). */
export async function updateChart(
  store: Store,
  tableId: string,
  chartId: string,
  input: UpdateChartInput,
): Promise<Chart> {
  const table = await store.tables.get(tableId);
  const current = await getChart(store.db, tableId, chartId);
  const { title, ...rest } = input;
  const config = compact({ ...current.config, ...rest });
  chartColumns(table, config);
  await store.db.transaction(async (tx) => {
    await tx
      .update(charts)
      .set({ name: title ?? current.name, config, updatedAt: new Date() })
      .where(eq(charts.id, current.id));
    await advanceTableVersion(store, tx, tableId);
  });
  return getChart(store.db, tableId, chartId);
}

export async function deleteChart(store: Store, tableId: string, chartId: string): Promise<void> {
  const current = await getChart(store.db, tableId, chartId);
  await store.db.transaction(async (tx) => {
    await tx.delete(charts).where(eq(charts.id, current.id));
    await advanceTableVersion(store, tx, tableId);
  });
}
