import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Chart } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** The charts saved for a table, oldest first. */
export function getCharts(tableId: string): Promise<Chart[]> {
  return callRoute(chartApi.list, { params: { id: tableId } });
}

export function getChartsQueryOptions(tableId: string) {
  return queryOptions({ queryKey: queryKeys.charts(tableId), queryFn: () => getCharts(tableId) });
}

export function useCharts(tableId: string) {
  return useQuery(getChartsQueryOptions(tableId));
}
