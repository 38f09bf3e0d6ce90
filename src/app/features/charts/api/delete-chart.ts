import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client.ts';
import { chartKeys } from './chart-keys.ts';

export function deleteChart(tableId: string, chartId: string): Promise<void> {
  return api.delete(`/tables/${encodeURIComponent(tableId)}/charts/${encodeURIComponent(chartId)}`);
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
