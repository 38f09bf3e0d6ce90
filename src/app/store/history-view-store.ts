import { create } from 'zustand';

interface HistoryViewState {
  /** The row whose versions the History panel shows; null for the whole table's changes. */
  rowId: string | null;
  showRow: (rowId: string) => void;
  showTable: () => void;
}

/** Which history the History panel shows: UI state, so a link elsewhere can open a row's history. */
export const useHistoryViewStore = create<HistoryViewState>()((set) => ({
  rowId: null,
  showRow: (rowId) => set({ rowId }),
  showTable: () => set({ rowId: null }),
}));
