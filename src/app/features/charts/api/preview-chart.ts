import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChartConfig, ChartData } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** The points unsaved chart settings would show. */
export function previewChart(tableId: string, config: ChartConfig): Promise<ChartData> {
  return callRoute(chartApi.preview, { params: { id: tableId }, body: config });
}

/** A live preview while a chart is edited; the last preview stays while the next loads. */
export function useChartPreview(tableId: string, config: ChartConfig | null, version: number) {
  return useQuery({
    queryKey: queryKeys.chartPreview(tableId, config, version),
    queryFn: () => previewChart(tableId, config as ChartConfig),
    enabled: config !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
