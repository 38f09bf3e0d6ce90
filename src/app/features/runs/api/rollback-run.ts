import { useMutation, useQueryClient } from '@tanstack/react-query';
import { runApi } from '../../../../contract/routes/runs.ts';
import type { RollbackResult } from '../../../../contract/runs.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { type RunVariables, runParams } from './cancel-run.ts';

/** Puts back every cell the run changed, except those changed since; says how many of each. */
export function rollbackRun(variables: RunVariables): Promise<RollbackResult> {
  return callRoute(runApi.rollback, { params: runParams(variables) });
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
