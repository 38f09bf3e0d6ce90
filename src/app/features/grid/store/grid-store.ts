import { create } from 'zustand';
import type { CellPosition, Selection } from '../model/selection.ts';

/** A cell being edited: where, and the text the editor opened with (a typed character, or none). */
interface EditingCell extends CellPosition {
  initialText?: string;
}

/**
 * A short message at the bottom of the grid, with an optional action (Undo) and optional lines
 * under it (each value a paste left out); a notice with lines stays until dismissed.
 */
interface GridNotice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
  details?: string[];
}

/** The header menu: which column, and where it opened. */
interface HeaderMenuState {
  columnId: string;
  x: number;
  y: number;
}

interface GridState {
  tableId: string | null;
  selection: Selection | null;
  editing: EditingCell | null;
  /** The server refused the edit: its message shows at the cell and the editor stays open. */
  editError: string | null;
  /** Rows ticked in the gutter, by id. */
  checkedRowIds: ReadonlySet<string>;
  notice: GridNotice | null;
  menu: HeaderMenuState | null;
  /** Starts fresh for a table: selection and edits never carry over to another table. */
  reset: (tableId: string) => void;
  select: (selection: Selection | null) => void;
  startEditing: (cell: EditingCell) => void;
  stopEditing: () => void;
  setEditError: (message: string | null) => void;
  toggleChecked: (rowId: string) => void;
  setChecked: (rowIds: ReadonlySet<string>) => void;
  notify: (notice: Omit<GridNotice, 'id'>) => void;
  dismissNotice: () => void;
  openMenu: (menu: HeaderMenuState) => void;
  closeMenu: () => void;
}

let noticeId = 0;

/** A grid with nothing selected, edited, ticked or announced. */
const fresh = () => ({
  selection: null,
  editing: null,
  editError: null,
  checkedRowIds: new Set<string>(),
  notice: null,
  menu: null,
});

/** UI state of the grid on screen (one grid at a time); the rows themselves live in React Query. */
export const useGridStore = create<GridState>()((set) => ({
  tableId: null,
  ...fresh(),
  reset: (tableId) => set({ tableId, ...fresh() }),
  select: (selection) => set({ selection }),
  startEditing: (cell) => set({ editing: cell, editError: null, menu: null }),
  stopEditing: () => set({ editing: null, editError: null }),
  setEditError: (editError) => set({ editError }),
  toggleChecked: (rowId) =>
    set((state) => {
      const next = new Set(state.checkedRowIds);
      if (next.has(rowId)) next.delete(rowId);
      else next.add(rowId);
      return { checkedRowIds: next };
    }),
  setChecked: (checkedRowIds) => set({ checkedRowIds }),
  notify: (notice) => set({ notice: { ...notice, id: ++noticeId } }),
  dismissNotice: () => set({ notice: null }),
  openMenu: (menu) => set({ menu }),
  closeMenu: () => set({ menu: null }),
}));
