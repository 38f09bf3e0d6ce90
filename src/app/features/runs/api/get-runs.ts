import { queryOptions, useQuery } from '@tanstack/react-query';
import { runApi } from '../../../../contract/routes/runs.ts';
import type { Run } from '../../../../contract/runs.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** While a run is going its counts move every second. */
const RUNNING_REFRESH_MS = 1000;
/** Runs started elsewhere (another tab, the API, a trigger) still appear while the list is shown. */
const IDLE_REFRESH_MS = 5000;

/** The table's recent AI runs, newest first, with counts, tokens and duration. */
export function getRuns(tableId: string, limit = 20): Promise<Run[]> {
  return callRoute(runApi.list, { params: { id: tableId }, query: { limit } });
}

export function getRunsQueryOptions(tableId: string) {
  return queryOptions({
    queryKey: queryKeys.runs(tableId),
    queryFn: () => getRuns(tableId),
    refetchInterval: (query) =>
      query.state.data?.some((run) => run.status === 'running') ? RUNNING_REFRESH_MS : IDLE_REFRESH_MS,
  });
}

/** The runs; `enabled` false leaves them unfetched (the header asks only while cells run). */
export function useRuns(tableId: string, enabled = true) {
  return useQuery({ ...getRunsQueryOptions(tableId), enabled });
}
