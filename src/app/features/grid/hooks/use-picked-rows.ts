import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RowsViewQuery } from '../../../api/query-keys.ts';
import { useTableView } from '../../../store/table-view-store.ts';
import { cachedRow } from '../api/use-row-blocks.ts';
import { selectionRange } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';

/** Rows in a selected range past this many are not collected (a run over a filter suits them better). */
const MAX_RANGE_ROWS = 10_000;

/**
 * The rows a person picked in the grid: the checked rows, or else the rows of the selected cells.
 * For actions outside the grid (run these rows) that need row ids, not positions.
 */
export function usePickedRows(tableId: string): { count: number; ids: () => string[] } {
  const queryClient = useQueryClient();
  const view = useTableView(tableId);
  const checked = useGridStore((state) => state.checkedRowIds);
  const selection = useGridStore((state) => state.selection);
  const range = selection ? selectionRange(selection) : null;
  const top = range?.top ?? 0;
  const bottom = range ? Math.min(range.bottom, range.top + MAX_RANGE_ROWS - 1) : -1;
  const count = checked.size > 0 ? checked.size : bottom - top + 1;
  const ids = useCallback(() => {
    if (checked.size > 0) return [...checked];
    const query: RowsViewQuery = { filters: view.filters, sorts: view.sorts, search: view.search };
    const found: string[] = [];
    for (let index = top; index <= bottom; index++) {
      const row = cachedRow(queryClient, tableId, query, index);
      if (row) found.push(row.id);
    }
    return found;
  }, [checked, top, bottom, queryClient, tableId, view.filters, view.sorts, view.search]);
  return { count, ids };
}
