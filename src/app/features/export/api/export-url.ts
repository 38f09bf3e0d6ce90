import type { ExportFormat } from '../../../../contract/exports.ts';
import { exportApi } from '../../../../contract/routes/exports.ts';
import type { FilterSpec, SortSpec } from '../../../../contract/rows.ts';
import { routeHref } from '../../../api/typed-client.ts';

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
  const search = view?.search.trim();
  return routeHref(exportApi.download, {
    params: { id: tableId },
    query: {
      format,
      filters: view?.filters.length ? JSON.stringify(view.filters) : undefined,
      sorts: view?.sorts.length ? JSON.stringify(view.sorts) : undefined,
      search: search || undefined,
      columns: view ? JSON.stringify(view.columns) : undefined,
    },
  });
}
