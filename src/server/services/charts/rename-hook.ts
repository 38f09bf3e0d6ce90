import { eq } from 'drizzle-orm';
import type { ChartConfig } from '../../../contract/charts.ts';
import type { FilterSpec } from '../../../contract/rows.ts';
import type { TriggerCondition } from '../../../contract/triggers.ts';
import { charts, triggers } from '../../db/schema.ts';
import { type ColumnHook, renamesOf } from '../column-hooks.ts';

const renamed = (renames: Map<string, string>, name: string | null | undefined) =>
  name ? (renames.get(name) ?? name) : name;
const renameFilters = (renames: Map<string, string>, filters: FilterSpec[]) =>
  filters.map((filter) => ({ ...filter, column: renamed(renames, filter.column) as string }));

/** Charts and trigger conditions name columns: when a column is renamed, they follow it. */
export const renameReferencesHook: ColumnHook = {
  name: 'column-references',
  apply: async (tx, before, table) => {
    const renames = renamesOf({ before, after: table.columns });
    if (renames.size === 0) return;
    for (const chart of await tx.select().from(charts).where(eq(charts.tableId, table.id))) {
      const config = chart.config as ChartConfig;
      const next: ChartConfig = {
        ...config,
        xColumn: renamed(renames, config.xColumn) as string,
        ...(config.yColumn && { yColumn: renamed(renames, config.yColumn) }),
        ...(config.groupBy && { groupBy: renamed(renames, config.groupBy) }),
        ...(config.filters && { filters: renameFilters(renames, config.filters) }),
      };
      await tx.update(charts).set({ config: next }).where(eq(charts.id, chart.id));
    }
    for (const trigger of await tx.select().from(triggers).where(eq(triggers.tableId, table.id))) {
      const condition = trigger.condition as TriggerCondition | null;
      if (!condition) continue;
      const next = Array.isArray(condition)
        ? renameFilters(renames, condition)
        : renameFilters(renames, [condition])[0];
      await tx.update(triggers).set({ condition: next }).where(eq(triggers.id, trigger.id));
    }
  },
};
