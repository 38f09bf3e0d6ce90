import { type MouseEvent, type RefObject, useMemo, useRef } from 'react';
import { appColumnTypes } from '../../../column-types/index.ts';
import { isWritable } from '../../../lib/cell-text.ts';
import type { GridModel } from '../model/grid-model.ts';
import { type CellPosition, moveTo } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';

/** The cell under a mouse event, from the data attributes every cell carries. */
function cellAt(event: MouseEvent): CellPosition | undefined {
  const target = event.target as HTMLElement;
  const cell = target.closest<HTMLElement>('[data-row][data-col]');
  if (!cell) return undefined;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

/** Controls inside cells (editors, checkboxes, buttons) keep their own clicks; links select their cell. */
const isControl = (event: MouseEvent) =>
  !!(event.target as HTMLElement).closest('input, select, textarea, button, label, fieldset');

/**
 * Mouse selection by delegation on the grid: click selects, shift-click extends, dragging across
 * cells draws a range, double-click edits. One set of handlers for all cells.
 */
export function useGridMouse(model: RefObject<GridModel>) {
  const dragging = useRef(false);
  return useMemo(
    () => ({
      onMouseDown: (event: MouseEvent<HTMLElement>) => {
        const cell = cellAt(event);
        if (!cell || event.button !== 0 || isControl(event)) return;
        // The browser's own mousedown would also select page text (from the last click to this one on
        // shift-click, across cells on a drag); the grid takes focus itself instead.
        event.preventDefault();
        const store = useGridStore.getState();
        const bounds = { rowCount: model.current.rowCount, colCount: model.current.columns.length };
        const current = store.selection ?? { anchor: cell, focus: cell };
        store.select(moveTo(current, cell, bounds, event.shiftKey));
        model.current.focusGrid();
        dragging.current = true;
        const stop = () => {
          dragging.current = false;
          window.removeEventListener('mouseup', stop);
        };
        window.addEventListener('mouseup', stop);
      },
      onMouseOver: (event: MouseEvent<HTMLElement>) => {
        if (!dragging.current) return;
        const cell = cellAt(event);
        const store = useGridStore.getState();
        if (!cell || !store.selection) return;
        const { focus } = store.selection;
        if (focus.row === cell.row && focus.col === cell.col) return;
        const bounds = { rowCount: model.current.rowCount, colCount: model.current.columns.length };
        store.select(moveTo(store.selection, cell, bounds, true));
      },
      onDoubleClick: (event: MouseEvent<HTMLElement>) => {
        const cell = cellAt(event);
        const column = cell && model.current.columns[cell.col]?.column;
        if (!cell || !column || isControl(event) || !isWritable(column)) return;
        if (appColumnTypes[column.dataType].cell.toggles || !model.current.rowAt(cell.row)) return;
        useGridStore.getState().startEditing(cell);
      },
    }),
    [model],
  );
}
