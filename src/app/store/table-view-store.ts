import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { FilterSpec, SortSpec } from '../../contract/rows.ts';

/** Row heights of the three densities, in pixels. */
export const ROW_HEIGHTS = { compact: 28, normal: 34, comfortable: 44 } as const;
export type Density = keyof typeof ROW_HEIGHTS;

/**
 * How one person looks at one table: which rows (filters, sorts, quick search), which columns
 * (hidden, frozen, widths) and how dense. UI state, kept in the browser; the column order is the
 * table's own and lives on the server.
 */
export interface TableView {
  filters: FilterSpec[];
  sorts: SortSpec[];
  search: string;
  hiddenColumnIds: string[];
  /** How many leading columns stay in place when scrolling sideways. */
  frozenCount: number;
  density: Density;
  columnWidths: Record<string, number>;
}

const DEFAULT_VIEW: TableView = {
  filters: [],
  sorts: [],
  search: '',
  hiddenColumnIds: [],
  frozenCount: 1,
  density: 'normal',
  columnWidths: {},
};

interface TableViewState {
  views: Record<string, TableView>;
  updateView: (tableId: string, patch: Partial<TableView>) => void;
  resetView: (tableId: string) => void;
}

export const useTableViewStore = create<TableViewState>()(
  persist(
    (set) => ({
      views: {},
      updateView: (tableId, patch) =>
        set((state) => ({
          views: { ...state.views, [tableId]: { ...DEFAULT_VIEW, ...state.views[tableId], ...patch } },
        })),
      resetView: (tableId) =>
        set((state) => {
          const { [tableId]: _removed, ...views } = state.views;
          return { views };
        }),
    }),
    { name: 'ai-tables:views', version: 1 },
  ),
);

/** The view of one table, defaults filled in. */
export function useTableView(tableId: string): TableView {
  return useTableViewStore((state) => state.views[tableId]) ?? DEFAULT_VIEW;
}
