import { useEffect } from 'react';
import type { Column } from '../../../contract/columns.ts';
import { useTableView, useTableViewStore } from '../../store/table-view-store.ts';

/**
 * Drops filters, sorts and hidden ids of columns that no longer exist: the view outlives the
 * columns it names, and the server refuses a query that names a deleted column.
 */
export function usePruneView(tableId: string, columns: Column[]): void {
  const view = useTableView(tableId);
  const updateView = useTableViewStore((s) => s.updateView);
  useEffect(() => {
    const names = new Set(columns.map((column) => column.name));
    const ids = new Set(columns.map((column) => column.id));
    const filters = view.filters.filter((filter) => names.has(filter.column));
    const sorts = view.sorts.filter((sort) => names.has(sort.column));
    const hiddenColumnIds = view.hiddenColumnIds.filter((id) => ids.has(id));
    const changed =
      filters.length !== view.filters.length ||
      sorts.length !== view.sorts.length ||
      hiddenColumnIds.length !== view.hiddenColumnIds.length;
    if (changed) updateView(tableId, { filters, sorts, hiddenColumnIds });
  }, [tableId, columns, view, updateView]);
}
