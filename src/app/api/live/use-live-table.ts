import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Changes } from '../../../contract/changes.ts';
import { queryKeys } from '../query-keys.ts';
import { refreshRows, replaceCachedRows } from '../rows/row-cache.ts';
import { getChanges } from './get-changes.ts';
import { useTableStatus } from './get-table-status.ts';

/** Puts what changed into the cache: changed rows patched in place, a reload only when positions moved. */
function applyChanges(queryClient: QueryClient, tableId: string, changes: Changes): void {
  if (changes.truncated || changes.columnsChanged) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    return;
  }
  replaceCachedRows(queryClient, tableId, changes.rows);
  for (const row of changes.rows) {
    if (queryClient.getQueryData(queryKeys.row(tableId, row.id)))
      queryClient.setQueryData(queryKeys.row(tableId, row.id), row);
  }
  if (changes.rowsAddedOrRemoved || changes.deletedRowIds.length > 0) void refreshRows(queryClient, tableId);
}

/**
 * Keeps an open table live: polls its status (fast while AI cells run) and, when its version moves,
 * fetches only what changed since the version already shown and patches the cached blocks of rows,
 * so badges turn done as answers arrive without refetching every loaded block.
 */
export function useLiveTable(tableId: string) {
  const queryClient = useQueryClient();
  const status = useTableStatus(tableId);
  const seen = useRef<{ tableId: string; version: number } | null>(null);
  const version = status.data?.version;
  useEffect(() => {
    if (version === undefined) return;
    const shown = seen.current?.tableId === tableId ? seen.current.version : null;
    if (shown === null) {
      seen.current = { tableId, version };
      return;
    }
    if (version <= shown) return;
    let current = true;
    getChanges(tableId, shown).then(
      (changes) => {
        if (!current) return;
        applyChanges(queryClient, tableId, changes);
        seen.current = { tableId, version: changes.version };
      },
      () => undefined, // The next poll tries again from the same version.
    );
    return () => {
      current = false;
    };
  }, [queryClient, tableId, version]);
  return status;
}
