import { create } from 'zustand';

/** One row's part in an edit: the row version before it and the version it produced. */
export interface RowChange {
  rowId: string;
  before: number;
  after: number;
}

/** One undoable step (a typed value, a paste, a fill): every row it changed in one table. */
export interface EditStep {
  tableId: string;
  changes: RowChange[];
  /** Rows the step added (a paste past the last row): undo deletes them, redo brings them back. */
  added?: string[];
}

interface UndoState {
  undo: EditStep[];
  redo: EditStep[];
  /** Records a new step; a new edit ends the redo trail, as in every editor. */
  record: (step: EditStep) => void;
  popUndo: (tableId: string) => EditStep | undefined;
  popRedo: (tableId: string) => EditStep | undefined;
  pushUndo: (step: EditStep) => void;
  pushRedo: (step: EditStep) => void;
}

/** Most steps kept; older ones fall off. */
const LIMIT = 100;

function popLast(steps: EditStep[], tableId: string): [EditStep | undefined, EditStep[]] {
  for (let i = steps.length - 1; i >= 0; i--) {
    if (steps[i]?.tableId === tableId) return [steps[i], [...steps.slice(0, i), ...steps.slice(i + 1)]];
  }
  return [undefined, steps];
}

/**
 * Your own edits, newest last, as row versions only: undo rolls each row back to the history
 * entry of its `before` version, redo to that of its `after` version. UI state; the data stays
 * on the server.
 */
export const useUndoStore = create<UndoState>()((set, get) => ({
  undo: [],
  redo: [],
  record: (step) => set((state) => ({ undo: [...state.undo, step].slice(-LIMIT), redo: [] })),
  popUndo: (tableId) => {
    const [step, undo] = popLast(get().undo, tableId);
    set({ undo });
    return step;
  },
  popRedo: (tableId) => {
    const [step, redo] = popLast(get().redo, tableId);
    set({ redo });
    return step;
  },
  pushUndo: (step) => set((state) => ({ undo: [...state.undo, step].slice(-LIMIT) })),
  pushRedo: (step) => set((state) => ({ redo: [...state.redo, step].slice(-LIMIT) })),
}));
