import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TableStatus } from '../../../../contract/cells.ts';
import type { Table } from '../../../../contract/tables.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** Polling while AI cells are queued or running, and while the table is idle. */
const BUSY_MS = 1_000;
const IDLE_MS = 3_000;

export function getTableStatus(tableId: string, signal?: AbortSignal): Promise<TableStatus> {
  return api.get<TableStatus>(`/tables/${encodeURIComponent(tableId)}/status`, { ...(signal && { signal }) });
}

/** Key and fetcher of a table's status: its change sequence and its AI cells' counts. */
export function getTableStatusQueryOptions(tableId: string) {
  return queryOptions({
    queryKey: [...queryKeys.table(tableId), 'status'] as const,
    queryFn: ({ signal }) => getTableStatus(tableId, signal),
  });
}

/**
 * The table's status, polled (fast while AI cells run): every write by anyone — the grid, another
 * client, an import, a trigger, an AI answer — moves its `version`.
 */
export function useTableStatus(tableId: string) {
  return useQuery({
    ...getTableStatusQueryOptions(tableId),
    refetchInterval: (query) => (query.state.data?.run_status === 'running' ? BUSY_MS : IDLE_MS),
  });
}

/**
 * Keeps what the app shows of a table current: when the polled version moves past the one the table
 * was loaded at, everything cached under the table (rows, counts, charts) is fetched again.
 */
export function useFollowTable(tableId: string): number | undefined {
  const queryClient = useQueryClient();
  const version = useTableStatus(tableId).data?.version;
  useEffect(() => {
    const loaded = queryClient.getQueryData<Table>(queryKeys.table(tableId))?.version;
    if (version !== undefined && loaded !== undefined && version > loaded) {
      void queryClient.invalidateQueries({
        queryKey: queryKeys.table(tableId),
        predicate: (query) => query.queryKey[2] !== 'status',
      });
    }
  }, [queryClient, tableId, version]);
  return version;
}
