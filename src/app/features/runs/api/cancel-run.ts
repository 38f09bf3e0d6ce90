import { useMutation, useQueryClient } from '@tanstack/react-query';
import { runApi } from '../../../../contract/routes/runs.ts';
import type { Run } from '../../../../contract/runs.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface RunVariables {
  tableId: string;
  runId: string;
}

/** A run's path parameters, as its routes name them. */
export const runParams = ({ tableId, runId }: RunVariables) => ({ id: tableId, runId });

/** Stops a run: queued cells go back as they were; cells it finished stay. */
export function cancelRun(variables: RunVariables): Promise<Run> {
  return callRoute(runApi.cancel, { params: runParams(variables) });
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
