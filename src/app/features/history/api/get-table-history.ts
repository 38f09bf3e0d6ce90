import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '../../../../contract/history.ts';
import { historyApi } from '../../../../contract/routes/history.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** The table's most recent row changes, newest first. */
export function getTableHistory(tableId: string, limit = 100): Promise<HistoryEntry[]> {
  return callRoute(historyApi.table, { params: { id: tableId }, query: { limit } });
}

export function getTableHistoryQueryOptions(tableId: string) {
  return queryOptions({
    queryKey: queryKeys.tableHistory(tableId),
    queryFn: () => getTableHistory(tableId),
  });
}

export function useTableHistory(tableId: string) {
  return useQuery(getTableHistoryQueryOptions(tableId));
}
