import { type RefObject, useCallback } from 'react';
import { cellText } from '../../../lib/cell-text.ts';
import type { GridModel } from '../model/grid-model.ts';
import { moveBy } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';

/** Where the focus goes after a commit: down (Enter), right (Tab), left (Shift+Tab), or nowhere. */
export type CommitMove = 'down' | 'up' | 'right' | 'left' | 'none';

const MOVES: Record<CommitMove, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  left: [0, -1],
  none: [0, 0],
};

/**
 * Ends an edit: closes the editor and moves on at once (the cache already shows the new value),
 * and if the server refuses the value, reopens the editor at the cell with what was typed and
 * the server's message.
 */
export function useEditCommit(model: RefObject<GridModel>) {
  const commit = useCallback(
    async (value: unknown, text: string, move: CommitMove) => {
      const store = useGridStore.getState();
      const editing = store.editing;
      const current = model.current;
      if (!editing) return;
      const row = current.rowAt(editing.row);
      const gridColumn = current.columns[editing.col];
      store.stopEditing();
      const bounds = { rowCount: current.rowCount, colCount: current.columns.length };
      const [rows, cols] = MOVES[move];
      const next = moveBy({ anchor: editing, focus: editing }, rows, cols, bounds);
      store.select(next);
      current.reveal(next.focus);
      current.focusGrid();
      if (!row || !gridColumn) return;
      const column = gridColumn.column;
      if (cellText(row.data[column.name], column) === cellText(value, column)) return;
      const refused = await current.updateCells([{ row, column, value }]);
      const problem = refused.find((item) => item.columnName === column.name) ?? refused[0];
      if (!problem) return;
      const again = useGridStore.getState();
      again.select({ anchor: editing, focus: editing });
      again.startEditing({ row: editing.row, col: editing.col, initialText: text });
      again.setEditError(problem.message);
      model.current.reveal(editing);
    },
    [model],
  );
  const cancel = useCallback(() => {
    useGridStore.getState().stopEditing();
    model.current.focusGrid();
  }, [model]);
  return { commit, cancel };
}
