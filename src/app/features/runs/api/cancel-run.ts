import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Run } from '../../../../contract/runs.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export interface RunVariables {
  tableId: string;
  runId: string;
}

export const runPath = ({ tableId, runId }: RunVariables) =>
  `/tables/${encodeURIComponent(tableId)}/runs/${encodeURIComponent(runId)}`;

/** Stops a run: queued cells go back as they were; cells it finished stay. */
export function cancelRun(variables: RunVariables): Promise<Run> {
  return api.post<Run>(`${runPath(variables)}/cancel`);
}

/** Cancels; the status and the runs refresh, and the change feed brings the withdrawn cells back. */
export function useCancelRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelRun,
    onSuccess: (_run, { tableId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.runs(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tableStatus(tableId) });
    },
  });
}
