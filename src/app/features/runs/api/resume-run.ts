import { useMutation, useQueryClient } from '@tanstack/react-query';
import { runApi } from '../../../../contract/routes/runs.ts';
import type { ResumeInput, Run } from '../../../../contract/runs.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { type RunVariables, runParams } from './cancel-run.ts';

export type ResumeVariables = RunVariables & { input: ResumeInput };

/** Continues a run paused at its budget, with a new limit (null for none). */
export function resumeRun({ input, ...run }: ResumeVariables): Promise<Run> {
  return callRoute(runApi.resume, { params: runParams(run), body: input });
}

/** Continues; the runs and the status refresh, and the grid follows the cells as they fill. */
export function useResumeRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resumeRun,
    onSuccess: (_run, { tableId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.runs(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tableStatus(tableId) });
    },
  });
}
