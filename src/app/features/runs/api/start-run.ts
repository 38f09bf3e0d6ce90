import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RunInput, RunStarted } from '../../../../contract/runs.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export interface StartRunVariables {
  tableId: string;
  input: RunInput;
}

/** Queues AI cells (columns, rows, mode); the server fills them in the background. */
export function startRun({ tableId, input }: StartRunVariables): Promise<RunStarted> {
  return api.post<RunStarted>(`/tables/${encodeURIComponent(tableId)}/run`, input);
}

/** Starts a run, then refreshes the table: its cells show as queued, its runs list gains one. */
export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startRun,
    onSuccess: (_started, { tableId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) }),
  });
}
