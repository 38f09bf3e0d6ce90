import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ChartData } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import type { FilterSpec } from '../../../../contract/rows.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** A chart's points, aggregated by the server over the whole table. */
export function getChartData(
  tableId: string,
  chartId: string,
  filters: FilterSpec[],
  signal?: AbortSignal,
): Promise<ChartData> {
  return callRoute(chartApi.data, {
    params: { id: tableId, chartId },
    query: { filters: filters.length > 0 ? JSON.stringify(filters) : undefined },
    ...(signal && { signal }),
  });
}

/** Key and fetcher of a chart's points at one table version: when the version moves, they are fetched again. */
export function getChartDataQueryOptions(
  tableId: string,
  chartId: string,
  version: number,
  filters: FilterSpec[] = [],
) {
  return queryOptions({
    queryKey: queryKeys.chartData(tableId, chartId, version, filters),
    queryFn: ({ signal }) => getChartData(tableId, chartId, filters, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A chart's points; while a newer version loads, the last points stay on screen. */
export function useChartData(tableId: string, chartId: string, version: number, filters: FilterSpec[] = []) {
  return useQuery({
    ...getChartDataQueryOptions(tableId, chartId, version, filters),
    placeholderData: keepPreviousData,
  });
}
