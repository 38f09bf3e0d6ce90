import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Run } from '../../../../contract/runs.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export function cancelRun({ tableId, runId }: { tableId: string; runId: string }): Promise<Run> {
  return api.post<Run>(`/tables/${encodeURIComponent(tableId)}/runs/${encodeURIComponent(runId)}/cancel`);
}

/** Cancels a run: queued cells go back as they were; the status and runs refresh. */
export function useCancelRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelRun,
    onSuccess: (_, { tableId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.runs(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tableStatus(tableId) });
    },
  });
}
