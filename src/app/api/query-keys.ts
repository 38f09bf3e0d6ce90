/**
 * Query keys, broad to narrow, so one invalidation reaches everything beneath it:
 * `['tables']` (the list, and the prefix of all table data) > `['tables', id]` (one table)
 * > `['tables', id, 'rows', query]` (a page of its rows).
 */
export const queryKeys = {
  tables: () => ['tables'] as const,
  table: (tableId: string) => ['tables', tableId] as const,
  rows: (tableId: string) => ['tables', tableId, 'rows'] as const,
  rowsPage: (tableId: string, query: RowsPageQuery) => ['tables', tableId, 'rows', query] as const,
  tableHistory: (tableId: string) => ['tables', tableId, 'history'] as const,
  rowHistory: (tableId: string, rowId: string) => ['tables', tableId, 'history', rowId] as const,
};

/** The part of a rows query that identifies a cached page. */
export interface RowsPageQuery {
  limit: number;
  offset: number;
}
