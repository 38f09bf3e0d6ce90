import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '../../../contract/history.ts';
import { historyApi } from '../../../contract/routes/history.ts';
import { queryKeys } from '../query-keys.ts';
import { callRoute } from '../typed-client.ts';

/** Every version of one row, newest first. */
export function getRowHistory(tableId: string, rowId: string, limit = 200): Promise<HistoryEntry[]> {
  return callRoute(historyApi.row, { params: { id: tableId, rowId }, query: { limit } });
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
