import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Chart, CreateChartInput } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export function createChart(tableId: string, input: CreateChartInput): Promise<Chart> {
  return callRoute(chartApi.create, { params: { id: tableId }, body: input });
}

/** Saves a new chart; the table's chart list and dashboard refetch. */
export function useCreateChart(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateChartInput) => createChart(tableId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.charts(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard(tableId) });
    },
  });
}
