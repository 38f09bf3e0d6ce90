import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../../../contract/charts.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export const dashboardKey = (tableId: string) => [...queryKeys.table(tableId), 'dashboard'] as const;

/** The table's dashboard: every chart, in the saved order and sizes. */
export function getDashboard(tableId: string): Promise<Dashboard> {
  return api.get<Dashboard>(`/tables/${encodeURIComponent(tableId)}/dashboard`);
}

export function getDashboardQueryOptions(tableId: string) {
  return queryOptions({ queryKey: dashboardKey(tableId), queryFn: () => getDashboard(tableId) });
}

export function useDashboard(tableId: string) {
  return useQuery(getDashboardQueryOptions(tableId));
}
