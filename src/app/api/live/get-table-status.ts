import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TableStatus } from '../../../contract/cells.ts';
import { cellApi } from '../../../contract/routes/cells.ts';
import { queryKeys } from '../query-keys.ts';
import { callRoute } from '../typed-client.ts';

/** While cells are queued or running the status is polled every second; idle, every five. */
const RUNNING_MS = 1_000;
const IDLE_MS = 5_000;

export function getTableStatus(tableId: string): Promise<TableStatus> {
  return callRoute(cellApi.status, { params: { id: tableId } });
}

export function getTableStatusQueryOptions(tableId: string) {
  return queryOptions({
    queryKey: queryKeys.tableStatus(tableId),
    queryFn: () => getTableStatus(tableId),
    refetchInterval: (query) => (query.state.data?.run_status === 'running' ? RUNNING_MS : IDLE_MS),
  });
}

/** The table's AI status and change sequence, polled: small enough to ask for every second. */
export function useTableStatus(tableId: string) {
  return useQuery(getTableStatusQueryOptions(tableId));
}
