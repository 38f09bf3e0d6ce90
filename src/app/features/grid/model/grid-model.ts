import type { Row } from '../../../../contract/rows.ts';
import type { CellChange, RefusedChange, UpdateOptions } from '../hooks/use-cell-updates.ts';
import type { GridColumn } from '../hooks/use-grid-columns.ts';
import type { CellPosition } from './selection.ts';

/**
 * What the grid's interaction handlers (keyboard, mouse, clipboard, editing) need, read through a
 * ref so the handlers stay the same functions while rows load and columns change.
 */
export interface GridModel {
  tableId: string;
  columns: GridColumn[];
  rowCount: number;
  /** Rows visible at once, for PageUp/PageDown. */
  pageRows: number;
  rowAt: (index: number) => Row | undefined;
  /** The rows at positions [from, to], fetching the blocks not in the cache. */
  loadRows: (from: number, to: number) => Promise<(Row | undefined)[]>;
  /** Scrolls a cell into view (both directions). */
  reveal: (cell: CellPosition) => void;
  updateCells: (changes: CellChange[], options?: UpdateOptions) => Promise<RefusedChange[]>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Gives the keyboard back to the grid (after an editor closed). */
  focusGrid: () => void;
}
