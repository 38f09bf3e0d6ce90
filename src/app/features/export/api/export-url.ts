import type { ExportFormat } from '../../../../contract/exports.ts';
import type { FilterSpec, SortSpec } from '../../../../contract/rows.ts';

/** The grid's view of a table: which rows, in which order, which columns. */
export interface ExportView {
  filters: FilterSpec[];
  sorts: SortSpec[];
  search: string;
  /** Visible column names, in screen order. */
  columns: string[];
}

/**
 * The download address of an export. The browser fetches it itself (a link with `download`), so a
 * million-row file streams to disk without passing through the page's memory.
 */
export function exportUrl(tableId: string, format: ExportFormat, view?: ExportView): string {
  const params = new URLSearchParams({ format });
  if (view) {
    if (view.filters.length > 0) params.set('filters', JSON.stringify(view.filters));
    if (view.sorts.length > 0) params.set('sorts', JSON.stringify(view.sorts));
    if (view.search.trim()) params.set('search', view.search.trim());
    params.set('columns', JSON.stringify(view.columns));
  }
  return `/api/tables/${encodeURIComponent(tableId)}/export?${params}`;
}
