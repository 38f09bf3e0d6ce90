/**
 * The grid's selection as an immutable value: an anchor cell where the selection started and a
 * focus cell where it ends (the cell the keyboard moves). Every change returns a new value.
 * Rows are positions in the current view (0-based), columns are positions among the visible
 * columns (0-based); neither is an id, so a selection survives a refetch of the same view.
 */

export interface CellPosition {
  row: number;
  col: number;
}

export interface Selection {
  anchor: CellPosition;
  focus: CellPosition;
}

/** A rectangle of cells, bounds inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** How many rows and columns the grid has; positions are clamped into these. */
export interface GridBounds {
  rowCount: number;
  colCount: number;
}

/** A selection of one cell. */
export function cellSelection(cell: CellPosition): Selection {
  return { anchor: cell, focus: cell };
}

/** A cell moved into the grid's bounds. */
function clampCell(cell: CellPosition, bounds: GridBounds): CellPosition {
  return {
    row: Math.max(0, Math.min(bounds.rowCount - 1, cell.row)),
    col: Math.max(0, Math.min(bounds.colCount - 1, cell.col)),
  };
}

/** Both ends clamped: after rows were deleted or columns hidden. */
export function clampSelection(selection: Selection, bounds: GridBounds): Selection {
  return { anchor: clampCell(selection.anchor, bounds), focus: clampCell(selection.focus, bounds) };
}

/** The rectangle between anchor and focus, whichever way it was drawn. */
export function selectionRange({ anchor, focus }: Selection): CellRange {
  return {
    top: Math.min(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    bottom: Math.max(anchor.row, focus.row),
    right: Math.max(anchor.col, focus.col),
  };
}

/** Whether a cell lies in the selection's rectangle. */
export function rangeContains(range: CellRange, cell: CellPosition): boolean {
  return (
    cell.row >= range.top && cell.row <= range.bottom && cell.col >= range.left && cell.col <= range.right
  );
}

/** Whether more than one cell is selected. */
export function isMultiCell(selection: Selection): boolean {
  return selection.anchor.row !== selection.focus.row || selection.anchor.col !== selection.focus.col;
}

/** Moves the focus by a delta and collapses the selection onto it (arrows, Tab, Enter). */
export function moveBy(selection: Selection, rows: number, cols: number, bounds: GridBounds): Selection {
  const focus = clampCell({ row: selection.focus.row + rows, col: selection.focus.col + cols }, bounds);
  return cellSelection(focus);
}

/** Moves the focus by a delta keeping the anchor (Shift+arrows). */
export function extendBy(selection: Selection, rows: number, cols: number, bounds: GridBounds): Selection {
  const focus = clampCell({ row: selection.focus.row + rows, col: selection.focus.col + cols }, bounds);
  return { anchor: selection.anchor, focus };
}

/** Puts the focus on a cell; with `extend` the anchor stays (shift-click), else it follows. */
export function moveTo(
  selection: Selection,
  cell: CellPosition,
  bounds: GridBounds,
  extend = false,
): Selection {
  const focus = clampCell(cell, bounds);
  return extend ? { anchor: selection.anchor, focus } : cellSelection(focus);
}

/** The focus moved as far as it goes in a direction (Ctrl+arrows, Home/End, Ctrl+Home/End). */
export function edgeCell(cell: CellPosition, rows: number, cols: number, bounds: GridBounds): CellPosition {
  return clampCell(
    {
      row: rows < 0 ? 0 : rows > 0 ? bounds.rowCount - 1 : cell.row,
      col: cols < 0 ? 0 : cols > 0 ? bounds.colCount - 1 : cell.col,
    },
    bounds,
  );
}

/** Every cell (Ctrl+A), the focus staying where it was. */
export function selectAll(selection: Selection, bounds: GridBounds): Selection {
  if (bounds.rowCount === 0 || bounds.colCount === 0) return selection;
  const corner = { row: bounds.rowCount - 1, col: bounds.colCount - 1 };
  return { anchor: { row: 0, col: 0 }, focus: corner };
}

/** The number of cells in a range. */
export function rangeSize(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
