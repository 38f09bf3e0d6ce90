import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RollbackResult } from '../../../../contract/runs.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import type { RunVariables } from './cancel-run.ts';

/** Puts back every cell the run changed, except those changed since; says how many of each. */
export function rollbackRun({ tableId, runId }: RunVariables): Promise<RollbackResult> {
  return api.post<RollbackResult>(
    `/tables/${encodeURIComponent(tableId)}/runs/${encodeURIComponent(runId)}/rollback`,
  );
}

/** Rolls back, then refreshes everything of the table: the grid shows the values restored. */
export function useRollbackRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rollbackRun,
    onSuccess: (_result, { tableId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) }),
  });
}
