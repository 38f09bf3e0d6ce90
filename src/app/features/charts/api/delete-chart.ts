import { useMutation, useQueryClient } from '@tanstack/react-query';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export async function deleteChart(tableId: string, chartId: string): Promise<void> {
  await callRoute(chartApi.remove, { params: { id: tableId, chartId } });
}

export function useDeleteChart(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (chartId: string) => deleteChart(tableId, chartId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.charts(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard(tableId) });
    },
  });
}
