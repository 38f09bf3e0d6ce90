import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportResult } from '../../../../contract/imports.ts';
import { importApi } from '../../../../contract/routes/imports.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Progress 2 times a second while it runs: the import itself writes it once per batch. */
const POLL_MS = 500;

export function getImport(importId: string): Promise<ImportResult> {
  return callRoute(importApi.status, { params: { importId } });
}

export function getImportQueryOptions(importId: string) {
  return queryOptions({
    queryKey: queryKeys.importRun(importId),
    queryFn: () => getImport(importId),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
}

/**
 * An import's record, polled until it ends. The table (its row count and the grid's rows) and the
 * table list are refreshed as batches land, so the grid fills while the import runs.
 */
export function useImportRun(importId: string) {
  const queryClient = useQueryClient();
  const query = useQuery(getImportQueryOptions(importId));
  const tableId = query.data?.tableId;
  // Moves with every batch and once more when the import ends.
  const progress = query.data && `${query.data.rowsImported}:${query.data.status}`;
  useEffect(() => {
    if (!tableId || !progress) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
  }, [tableId, progress, queryClient]);
  return query;
}
