import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Run } from '../../../../contract/runs.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export interface RunVariables {
  tableId: string;
  runId: string;
}

const runPath = ({ tableId, runId }: RunVariables) =>
  `/tables/${encodeURIComponent(tableId)}/runs/${encodeURIComponent(runId)}`;

/** Stops a run: queued cells go back as they were; cells it finished stay. */
export function cancelRun(variables: RunVariables): Promise<Run> {
  return api.post<Run>(`${runPath(variables)}/cancel`);
}

/** Cancels, then refreshes everything of the table: withdrawn cells change back in the grid. */
export function useCancelRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelRun,
    onSuccess: (_run, { tableId }) => queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) }),
  });
}
