import { type KeyboardEvent, type RefObject, useCallback } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { appColumnTypes } from '../../../column-types/index.ts';
import { isWritable } from '../../../lib/cell-text.ts';
import type { GridModel } from '../model/grid-model.ts';
import {
  cellSelection,
  edgeCell,
  extendBy,
  type GridBounds,
  moveBy,
  type Selection,
  selectAll,
} from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The selection after a navigation key, or undefined when the key does not navigate. */
function navigate(event: KeyboardEvent, selection: Selection, bounds: GridBounds, page: number) {
  const mod = event.ctrlKey || event.metaKey;
  const shift = event.shiftKey;
  const step = (rows: number, cols: number) =>
    shift ? extendBy(selection, rows, cols, bounds) : moveBy(selection, rows, cols, bounds);
  const jump = (rows: number, cols: number) => {
    const focus = edgeCell(selection.focus, rows, cols, bounds);
    return shift ? { anchor: selection.anchor, focus } : cellSelection(focus);
  };
  const arrow = ARROWS[event.key];
  if (arrow) return mod ? jump(arrow[0], arrow[1]) : step(arrow[0], arrow[1]);
  switch (event.key) {
    case 'Tab': {
      // At the row's end Tab leaves the grid, so the keyboard is never trapped in it.
      const col = selection.focus.col + (shift ? -1 : 1);
      return col < 0 || col >= bounds.colCount ? undefined : moveBy(selection, 0, shift ? -1 : 1, bounds);
    }
    case 'Home':
      return mod ? jump(-1, -1) : jump(0, -1);
    case 'End':
      return mod ? jump(1, 1) : jump(0, 1);
    case 'PageDown':
      return step(page, 0);
    case 'PageUp':
      return step(-page, 0);
    default:
      return undefined;
  }
}

type Command =
  | 'selectAll'
  | 'undo'
  | 'redo'
  | 'fillDown'
  | 'clear'
  | 'collapse'
  | 'toggle'
  | 'edit'
  | 'type'
  | 'details';

/** The command a non-navigation key stands for, if any. */
function commandFor(event: KeyboardEvent, column: Column | undefined): Command | undefined {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod) {
    if (key === 'a') return 'selectAll';
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 'd') return 'fillDown';
    return undefined;
  }
  // Whether the cell has AI details (an AI column's, or an enriched cell's) is the command's to decide.
  if (event.altKey) return event.key === 'Enter' ? 'details' : undefined;
  if (event.key === 'Delete' || event.key === 'Backspace') return 'clear';
  if (event.key === 'Escape') return 'collapse';
  if (!column || !isWritable(column)) return undefined;
  const toggles = appColumnTypes[column.dataType].cell.toggles;
  if (event.key === ' ' && toggles) return 'toggle';
  if (event.key === 'Enter' || event.key === 'F2') return 'edit';
  if (event.key.length === 1 && !toggles) return 'type';
  return undefined;
}

interface CommandContext {
  store: ReturnType<typeof useGridStore.getState>;
  selection: Selection;
  bounds: GridBounds;
  current: GridModel;
  commands: GridCommands;
  key?: string;
}

function run(command: Command, { store, selection, bounds, current, commands, key }: CommandContext) {
  switch (command) {
    case 'selectAll':
      return store.select(selectAll(selection, bounds));
    case 'undo':
      return void current.undo();
    case 'redo':
      return void current.redo();
    case 'fillDown':
      return commands.fillDown();
    case 'clear':
      return commands.clear();
    case 'collapse':
      return store.select(cellSelection(selection.focus));
    case 'toggle':
      return commands.toggle();
    case 'edit':
      return store.startEditing(selection.focus);
    case 'details':
      return commands.openDetails();
    case 'type':
      return store.startEditing(
        key === undefined ? selection.focus : { ...selection.focus, initialText: key },
      );
  }
}

/** Commands that act on the selection rather than move it. */
export interface GridCommands {
  clear: () => void;
  fillDown: () => void;
  toggle: () => void;
  /** Opens the focused AI cell's detail. */
  openDetails: () => void;
}

/**
 * The grid's keyboard, Sheets-style: arrows, Tab, Home/End, Page keys and Ctrl+arrows move,
 * Shift extends, Enter/F2/typing edits, Delete clears, Ctrl+D fills down, Ctrl+Z/Y undo and redo,
 * Alt+Enter opens an AI cell's detail.
 * Copy and paste arrive as clipboard events instead (see useGridClipboard).
 */
export function useGridKeyboard(model: RefObject<GridModel>, commands: GridCommands) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const store = useGridStore.getState();
      if (store.editing || event.defaultPrevented) return;
      const current = model.current;
      const bounds = { rowCount: current.rowCount, colCount: current.columns.length };
      if (bounds.rowCount === 0 || bounds.colCount === 0) return;
      const selection = store.selection ?? cellSelection({ row: 0, col: 0 });
      const column = current.columns[selection.focus.col]?.column;
      const moved = navigate(event, selection, bounds, Math.max(1, current.pageRows - 1));
      if (moved) {
        event.preventDefault();
        store.select(moved);
        current.reveal(moved.focus);
        return;
      }
      const command = commandFor(event, column);
      if (!command) return;
      event.preventDefault();
      run(command, { store, selection, bounds, current, commands, key: event.key });
    },
    [model, commands],
  );
}
