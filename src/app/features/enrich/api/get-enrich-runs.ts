import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EnrichRun } from '../../../../contract/enrich.ts';
import { enrichApi } from '../../../../contract/routes/enrich.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** While an enrichment runs its counts move every second; otherwise others' runs show within 5 s. */
const RUNNING_REFRESH_MS = 1000;
const IDLE_REFRESH_MS = 5000;
/** The most the API lists. */
const LIMIT = 10;

export function getEnrichRuns(tableId: string): Promise<EnrichRun[]> {
  return callRoute(enrichApi.runs, { params: { id: tableId }, query: { limit: LIMIT } });
}

export function getEnrichRunsQueryOptions(tableId: string) {
  return queryOptions({
    queryKey: queryKeys.enrichRuns(tableId),
    queryFn: () => getEnrichRuns(tableId),
    refetchInterval: (query) =>
      query.state.data?.some((run) => run.status === 'running') ? RUNNING_REFRESH_MS : IDLE_REFRESH_MS,
  });
}

/** The table's latest enrichments, newest first. */
export function useEnrichRuns(tableId: string) {
  return useQuery(getEnrichRunsQueryOptions(tableId));
}
