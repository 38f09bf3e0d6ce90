import { useMutation, useQueryClient } from '@tanstack/react-query';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { chartKeys } from './chart-keys.ts';

export async function deleteChart(tableId: string, chartId: string): Promise<void> {
  await callRoute(chartApi.remove, { params: { id: tableId, chartId } });
}

export function useDeleteChart(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (chartId: string) => deleteChart(tableId, chartId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: chartKeys.list(tableId) });
      void queryClient.invalidateQueries({ queryKey: chartKeys.dashboard(tableId) });
    },
  });
}
