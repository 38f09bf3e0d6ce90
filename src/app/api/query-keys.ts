import type { ChartConfig } from '../../contract/charts.ts';
import type { ExtractEstimateInput } from '../../contract/extract.ts';
import type { FilterSpec, SortSpec } from '../../contract/rows.ts';

/**
 * The one query-key factory of the app. Keys go broad to narrow, so one invalidation reaches
 * everything beneath it: `['tables']` (the list, and the prefix of all table data) > `['tables', id]`
 * (one table) > `['tables', id, 'rows', query, 'block', n]` (a block of its rows under a view).
 * What belongs to no table has its own root beside them: settings, projects, templates, imports.
 */
export const queryKeys = {
  /** The AI providers, defaults and web search: server-wide, so outside every table. */
  aiSettings: () => ['ai-settings'] as const,
  /** The contact provider of email, phone and reverse-email columns: server-wide too. */
  contactSettings: () => ['contact-settings'] as const,
  prices: () => ['ai-prices'] as const,
  /** Projects sit beside tables, not under them. */
  projects: () => ['projects'] as const,
  templates: () => ['templates'] as const,
  /** An uploaded document's preview, per target table (or "new"): documents belong to no table yet. */
  importPreview: (documentId: string, tableId: string | null) =>
    ['documents', documentId, 'preview', tableId ?? 'new'] as const,
  importRun: (importId: string) => ['imports', importId] as const,
  /** What an extraction would take: asked before its table exists. */
  extractEstimate: (input: ExtractEstimateInput) => ['extract-estimate', input] as const,
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
  charts: (tableId: string) => ['tables', tableId, 'charts'] as const,
  /** A chart's points carry the table version, so a new version is a new fetch. */
  chartData: (tableId: string, chartId: string, version: number, filters: FilterSpec[]) =>
    ['tables', tableId, 'charts', chartId, 'data', { version, filters }] as const,
  chartPreview: (tableId: string, config: ChartConfig | null, version: number) =>
    ['tables', tableId, 'charts', 'preview', { config, version }] as const,
  dashboard: (tableId: string) => ['tables', tableId, 'dashboard'] as const,
  /** Under their table, so a table refresh refreshes them. */
  triggers: (tableId: string) => ['tables', tableId, 'triggers'] as const,
  /**
   * A linked row's label in a relation column, and the picker's search of the target table: under the
   * linking table, so refreshing the table refreshes what its cells show.
   */
  linkLabel: (tableId: string, columnId: string, rowId: string) =>
    ['tables', tableId, 'links', columnId, rowId] as const,
  linkSearch: (tableId: string, columnId: string, search: string) =>
    ['tables', tableId, 'links', columnId, 'search', search] as const,
  /** The extraction filling a table, and a row's source in it. */
  tableExtraction: (tableId: string) => ['tables', tableId, 'extraction'] as const,
  rowSource: (tableId: string, rowId: string) => ['tables', tableId, 'extraction', 'row', rowId] as const,
};

/** Which rows a grid shows, in which order: the rows-query part of a table view. */
export interface RowsViewQuery {
  filters: FilterSpec[];
  sorts: SortSpec[];
  search: string;
}
