import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '../../../../contract/history.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** The table's most recent row changes, newest first. */
export function getTableHistory(tableId: string, limit = 100): Promise<HistoryEntry[]> {
  return api.get<HistoryEntry[]>(`/tables/${encodeURIComponent(tableId)}/history`, { query: { limit } });
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
