import { eq } from 'drizzle-orm';
import type { ChartConfig } from '../../../contract/charts.ts';
import { charts } from '../../db/schema.ts';
import { type ColumnHook, renamed, renameFilters, renamesOf } from '../store/column-hooks.ts';

/** A chart names columns (its axes, its grouping, its filters): when a column is renamed, it follows. */
export const chartRenameHook: ColumnHook = {
  name: 'chart-references',
  apply: async (tx, before, table) => {
    const renames = renamesOf({ before, after: table.columns });
    if (renames.size === 0) return;
    for (const chart of await tx.select().from(charts).where(eq(charts.tableId, table.id))) {
      const config = chart.config as ChartConfig;
      const next: ChartConfig = {
        ...config,
        xColumn: renamed(renames, config.xColumn),
        ...(config.yColumn && { yColumn: renamed(renames, config.yColumn) }),
        ...(config.groupBy && { groupBy: renamed(renames, config.groupBy) }),
        ...(config.filters && { filters: renameFilters(renames, config.filters) }),
      };
      await tx.update(charts).set({ config: next }).where(eq(charts.id, chart.id));
    }
  },
};
