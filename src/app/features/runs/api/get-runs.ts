import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Run } from '../../../../contract/runs.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export function getRuns(tableId: string, limit = 20): Promise<Run[]> {
  return api.get<Run[]>(`/tables/${encodeURIComponent(tableId)}/runs`, { query: { limit } });
}

export function getRunsQueryOptions(tableId: string) {
  return queryOptions({
    queryKey: queryKeys.runs(tableId),
    queryFn: () => getRuns(tableId),
    // While one runs, its counts move every second.
    refetchInterval: (query) => (query.state.data?.some((run) => run.status === 'running') ? 1_000 : false),
  });
}

/** The table's recent runs, newest first. */
export function useRuns(tableId: string, enabled = true) {
  return useQuery({ ...getRunsQueryOptions(tableId), enabled });
}
