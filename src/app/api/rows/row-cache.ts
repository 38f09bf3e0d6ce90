import type { QueryClient } from '@tanstack/react-query';
import type { Row } from '../../../contract/rows.ts';
import { queryKeys } from '../query-keys.ts';

interface RowList {
  rows: Row[];
}

const isRowList = (data: unknown): data is RowList =>
  typeof data === 'object' && data !== null && Array.isArray((data as RowList).rows);

/**
 * Puts rows into every cached block (and page) of their table that holds them, by id. Used for
 * optimistic edits, their rollback, and rows the server sent back; the blocks stay the one copy.
 */
export function replaceCachedRows(queryClient: QueryClient, tableId: string, rows: readonly Row[]): void {
  if (rows.length === 0) return;
  const byId = new Map(rows.map((row) => [row.id, row]));
  queryClient.setQueriesData<unknown>({ queryKey: queryKeys.rows(tableId) }, (data: unknown) => {
    if (!isRowList(data) || !data.rows.some((row) => byId.has(row.id))) return data;
    return { ...data, rows: data.rows.map((row) => byId.get(row.id) ?? row) };
  });
}

/** Refetches the table's rows and its summary (counts) after rows were added or removed. */
export function refreshRows(queryClient: QueryClient, tableId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
  return queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
}
