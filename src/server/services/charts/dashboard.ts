import { eq } from 'drizzle-orm';
import type { Dashboard, DashboardItem } from '../../../contract/charts.ts';
import { dashboards } from '../../db/schema.ts';
import { ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import { listCharts } from './charts.ts';

/**
 * The table's dashboard: the saved arrangement, with charts deleted since left out and charts created
 * since added at the end (one column wide), so it always shows every chart of the table.
 */
export async function getDashboard(store: Store, tableId: string): Promise<Dashboard> {
  const all = await listCharts(store, tableId);
  const [saved] = await store.db.select().from(dashboards).where(eq(dashboards.tableId, tableId));
  const known = new Set(all.map((chart) => chart.id));
  const items = ((saved?.items as DashboardItem[] | undefined) ?? []).filter((item) =>
    known.has(item.chartId),
  );
  const placed = new Set(items.map((item) => item.chartId));
  for (const chart of all) if (!placed.has(chart.id)) items.push({ chartId: chart.id, w: 1, h: 1 });
  return { tableId, items, updatedAt: saved?.updatedAt.toISOString() ?? null };
}

/** Saves the arrangement; every item must name a chart of this table, once. */
export async function saveDashboard(
  store: Store,
  tableId: string,
  items: DashboardItem[],
): Promise<Dashboard> {
  const known = new Set((await listCharts(store, tableId)).map((chart) => chart.id));
  const seen = new Set<string>();
  const errors = items.flatMap((item, index) => {
    const problem = !known.has(item.chartId)
      ? 'Not a chart of this table'
      : seen.has(item.chartId)
        ? 'Listed twice'
        : null;
    seen.add(item.chartId);
    return problem ? [{ path: `items[${index}].chartId`, message: problem }] : [];
  });
  if (errors.length > 0) throw new ValidationError('Invalid dashboard', errors);
  await store.db.transaction(async (tx) => {
    await tx
      .insert(dashboards)
      .values({ tableId, items, updatedAt: new Date() })
      .onConflictDoUpdate({ target: dashboards.tableId, set: { items, updatedAt: new Date() } });
    await advanceTableVersion(store, tx, tableId);
  });
  return getDashboard(store, tableId);
}
