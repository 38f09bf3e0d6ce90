import { create } from 'zustand';

/**
 * UI state only: which sidebar action is open. Server data never lives here; it stays in the
 * React Query cache so there is one source of truth for it.
 */
interface UiState {
  creatingTable: boolean;
  renamingTableId: string | null;
  deletingTableId: string | null;
  startCreate: () => void;
  startRename: (tableId: string) => void;
  askDelete: (tableId: string) => void;
  /** Ends whichever create, rename or delete confirmation is open. */
  closeTableAction: () => void;
}

const closed = { creatingTable: false, renamingTableId: null, deletingTableId: null };

/** The app's UI store; one action open at a time, so opening one closes the others. */
export const useUiStore = create<UiState>()((set) => ({
  ...closed,
  startCreate: () => set({ ...closed, creatingTable: true }),
  startRename: (tableId) => set({ ...closed, renamingTableId: tableId }),
  askDelete: (tableId) => set({ ...closed, deletingTableId: tableId }),
  closeTableAction: () => set(closed),
}));
