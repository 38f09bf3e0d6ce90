import type { FilterSpec, SortSpec } from '../../contract/rows.ts';

/**
 * Query keys, broad to narrow, so one invalidation reaches everything beneath it:
 * `['tables']` (the list, and the prefix of all table data) > `['tables', id]` (one table)
 * > `['tables', id, 'rows', query, 'block', n]` (a block of its rows under a view).
 * Settings that belong to no table sit beside them: `['ai-settings']`.
 */
export const queryKeys = {
  /** The AI providers, defaults and web search: server-wide, so outside every table. */
  aiSettings: () => ['ai-settings'] as const,
  /** The contact provider of email, phone and reverse-email columns: server-wide too. */
  contactSettings: () => ['contact-settings'] as const,
  prices: () => ['ai-prices'] as const,
  tables: () => ['tables'] as const,
  table: (tableId: string) => ['tables', tableId] as const,
  rows: (tableId: string) => ['tables', tableId, 'rows'] as const,
  /**
   * One row. It sits under the table, so any change to the table refreshes it, but beside 'rows',
   * so code that patches cached blocks of rows never meets a single row there.
   */
  row: (tableId: string, rowId: string) => ['tables', tableId, 'row', rowId] as const,
  /** The row a child row was made for: beside 'rows', under the table, so edits refresh it. */
  parentRow: (tableId: string, rowId: string) => ['tables', tableId, 'parent', rowId] as const,
  /** One block of the grid's rows under a view query (filters, sorts, search); `block` counts from 0. */
  rowBlock: (tableId: string, query: RowsViewQuery, block: number) =>
    ['tables', tableId, 'rows', query, 'block', block] as const,
  /** Rows matching a filtered view; beside 'rows', so code that patches cached blocks never meets a number. */
  rowCount: (tableId: string, query: Omit<RowsViewQuery, 'sorts'>) =>
    ['tables', tableId, 'row-count', query] as const,
  tableHistory: (tableId: string) => ['tables', tableId, 'history'] as const,
  /** The table's AI status and version, polled; kept beside 'rows' so patching blocks never meets it. */
  tableStatus: (tableId: string) => ['tables', tableId, 'status'] as const,
  rowHistory: (tableId: string, rowId: string) => ['tables', tableId, 'history', rowId] as const,
  /** The table's AI runs: under the table, so a change that refreshes the table refreshes them. */
  runs: (tableId: string) => ['tables', tableId, 'runs'] as const,
  /** One AI cell's detail (prompt, answer, cost); beside 'rows' for the reason 'row' is. */
  cell: (tableId: string, rowId: string, column: string) =>
    ['tables', tableId, 'cell', rowId, column] as const,
  /** The table's enrichments: under the table, refreshed with it. */
  enrichRuns: (tableId: string) => ['tables', tableId, 'enrich-runs'] as const,
  /** A column's verified cells: under the table, so verifying (which refreshes the table) reaches it. */
  verified: (tableId: string, column: string) => ['tables', tableId, 'verified', column] as const,
  /** Every open AI cell detail of a table: a new run makes them all worth a fresh look. */
  cells: (tableId: string) => ['tables', tableId, 'cell'] as const,
};

/** Which rows a grid shows, in which order: the rows-query part of a table view. */
export interface RowsViewQuery {
  filters: FilterSpec[];
  sorts: SortSpec[];
  search: string;
}
