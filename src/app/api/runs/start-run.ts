import { useMutation, useQueryClient } from '@tanstack/react-query';
import { runApi } from '../../../contract/routes/runs.ts';
import type { RunInput, RunStarted } from '../../../contract/runs.ts';
import { queryKeys } from '../query-keys.ts';
import { callRoute } from '../typed-client.ts';

export interface StartRunVariables {
  tableId: string;
  input: RunInput;
}

/** Queues AI cells (202): the server fills them in the background. */
export function startRun({ tableId, input }: StartRunVariables): Promise<RunStarted> {
  return callRoute(runApi.start, { params: { id: tableId }, body: input });
}

/** Starts a run; the status poll then speeds up, the runs list shows it, open cell details follow it. */
export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startRun,
    onSuccess: (_, { tableId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.tableStatus(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.runs(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.cells(tableId) });
    },
  });
}
