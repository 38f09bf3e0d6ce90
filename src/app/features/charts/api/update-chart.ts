import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Chart, UpdateChartInput } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export function updateChart(tableId: string, chartId: string, input: UpdateChartInput): Promise<Chart> {
  return callRoute(chartApi.update, { params: { id: tableId, chartId }, body: input });
}

/** Changes a chart's title or settings (merged into its config). */
export function useUpdateChart(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ chartId, input }: { chartId: string; input: UpdateChartInput }) =>
      updateChart(tableId, chartId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.charts(tableId) }),
  });
}
