import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** The table's dashboard: every chart, in the saved order and sizes. */
export function getDashboard(tableId: string): Promise<Dashboard> {
  return callRoute(chartApi.dashboard, { params: { id: tableId } });
}

export function getDashboardQueryOptions(tableId: string) {
  return queryOptions({ queryKey: queryKeys.dashboard(tableId), queryFn: () => getDashboard(tableId) });
}

export function useDashboard(tableId: string) {
  return useQuery(getDashboardQueryOptions(tableId));
}
