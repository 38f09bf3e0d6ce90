import type { FilterSpec } from '../../../../contract/rows.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/**
 * Chart keys sit under the table (`['tables', id, 'charts']`), so anything that refreshes a table
 * refreshes its charts; data keys carry the table version, so a new version is a new fetch.
 */
export const chartKeys = {
  list: (tableId: string) => [...queryKeys.table(tableId), 'charts'] as const,
  data: (tableId: string, chartId: string, version: number, filters: FilterSpec[]) =>
    [...queryKeys.table(tableId), 'charts', chartId, 'data', { version, filters }] as const,
  dashboard: (tableId: string) => [...queryKeys.table(tableId), 'dashboard'] as const,
};
