import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '../../../../contract/history.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** Every version of one row, newest first. */
export function getRowHistory(tableId: string, rowId: string, limit = 200): Promise<HistoryEntry[]> {
  const path = `/tables/${encodeURIComponent(tableId)}/rows/${encodeURIComponent(rowId)}/history`;
  return api.get<HistoryEntry[]>(path, { query: { limit } });
}

export function getRowHistoryQueryOptions(tableId: string, rowId: string) {
  return queryOptions({
    queryKey: queryKeys.rowHistory(tableId, rowId),
    queryFn: () => getRowHistory(tableId, rowId),
  });
}

export function useRowHistory(tableId: string, rowId: string) {
  return useQuery(getRowHistoryQueryOptions(tableId, rowId));
}
