import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
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
 * Keeps the rows on screen current while AI cells fill: when the polled version moves during a run (or
 * as it ends), the table and its rows are fetched again. Edits other clients make at other times are not
 * pulled in here: the grid and the row form meet them as version conflicts, which they resolve.
 * Returns the polled version, which charts key their data by.
 */
export function useFollowTable(tableId: string): number | undefined {
  const queryClient = useQueryClient();
  const status = useTableStatus(tableId).data;
  // AI work shows in the counts: a run can start and finish between two polls.
  const work = status
    ? `${status.run_status}:${status.num_cells_in_progress}:${status.num_cells_completed}:${status.num_cells_failed}`
    : '';
  const lastWork = useRef(work);
  const version = status?.version;
  useEffect(() => {
    const loaded = queryClient.getQueryData<Table>(queryKeys.table(tableId))?.version;
    const busy = work.startsWith('running') || work !== lastWork.current;
    lastWork.current = work;
    if (busy && version !== undefined && loaded !== undefined && version > loaded) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.rows(tableId) });
    }
  }, [queryClient, tableId, version, work]);
  return version;
}
