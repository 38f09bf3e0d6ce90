import { type RefObject, useCallback } from 'react';
import type { CommitMove } from '../../../column-types/editors/editor-props.ts';
import { cellText, cellValueChecker, unreadableText } from '../../../lib/cell-text.ts';
import type { GridModel } from '../model/grid-model.ts';
import { moveBy, type Selection } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';

const MOVES: Record<CommitMove, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  left: [0, -1],
  none: [0, 0],
};

/** Whether two selections are the same cells. */
const sameSelection = (a: Selection | null, b: Selection) =>
  !!a &&
  a.anchor.row === b.anchor.row &&
  a.anchor.col === b.anchor.col &&
  a.focus.row === b.focus.row &&
  a.focus.col === b.focus.col;

/**
 * Ends an edit. A value the column cannot take never goes to the server: Enter or Tab keeps the
 * editor open with the reason; leaving the editor (a click elsewhere) cancels it and says why, so
 * the click goes where it was aimed and the editor never comes back uninvited. A valid value closes
 * the editor and moves on at once (the cache already shows it); if the server still refuses it,
 * the editor reopens with the text only when the user is still where the commit left them,
 * otherwise a notice says what was not saved.
 * `move` 'none' is the editor losing focus: selection and focus then stay where the user put them.
 */
export function useEditCommit(model: RefObject<GridModel>) {
  const commit = useCallback(
    (value: unknown, text: string, move: CommitMove): boolean => {
      const store = useGridStore.getState();
      const editing = store.editing;
      const current = model.current;
      if (!editing) return true;
      const row = current.rowAt(editing.row);
      const column = current.columns[editing.col]?.column;
      const unchanged =
        !row || !column || cellText(row.data[column.name], column) === cellText(value, column);
      const problem = unchanged
        ? undefined
        : (unreadableText(text, column) ?? cellValueChecker(column)(value));
      const notSaved = (reason: string) =>
        useGridStore.getState().notify({
          text: `${column?.displayName ?? 'Value'}: “${text}” was not saved — ${reason}`,
          tone: 'error',
        });
      if (problem && move !== 'none') {
        store.setEditError(problem);
        return false;
      }
      store.stopEditing();
      if (problem) {
        notSaved(problem);
        return true;
      }
      const [rows, cols] = MOVES[move];
      const bounds = { rowCount: current.rowCount, colCount: current.columns.length };
      const next = moveBy({ anchor: editing, focus: editing }, rows, cols, bounds);
      if (move !== 'none') {
        store.select(next);
        current.reveal(next.focus);
        current.focusGrid();
      }
      if (unchanged) return true;
      void current.updateCells([{ row, column, value }]).then((refused) => {
        const refusal = refused.find((item) => item.columnName === column.name) ?? refused[0];
        if (!refusal) return;
        const again = useGridStore.getState();
        if (move === 'none' || again.editing || !sameSelection(again.selection, next)) {
          notSaved(refusal.message);
          return;
        }
        again.select({ anchor: editing, focus: editing });
        again.startEditing({ row: editing.row, col: editing.col, initialText: text });
        again.setEditError(refusal.message);
        model.current.reveal(editing);
      });
      return true;
    },
    [model],
  );
  const cancel = useCallback(() => {
    useGridStore.getState().stopEditing();
    model.current.focusGrid();
  }, [model]);
  return { commit, cancel };
}
