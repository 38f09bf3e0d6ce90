import { createContext, useContext } from 'react';
import type { Row } from '../../../../contract/rows.ts';
import type { CommitMove } from '../../../column-types/editors/editor-props.ts';

/** Stable callbacks the rows and cells call; a context keeps them out of memoized props. */
export interface GridActions {
  /** Writes one cell's value directly (checkboxes). */
  setValue: (rowIndex: number, colIndex: number, value: unknown) => void;
  /** Ends the edit; false when the value is refused and the editor stays open (see useEditCommit). */
  commitEdit: (value: unknown, text: string, move: CommitMove) => boolean;
  cancelEdit: () => void;
  openRow: (row: Row) => void;
  /** Selects an AI cell and opens its detail (prompt, answer, error) in the side panel. */
  openCell: (rowIndex: number, colIndex: number) => void;
}

export const GridActionsContext = createContext<GridActions | null>(null);

/** The grid's actions; only inside a Grid. */
export function useGridActions(): GridActions {
  const actions = useContext(GridActionsContext);
  if (!actions) throw new Error('useGridActions outside a Grid');
  return actions;
}

/** Element id of a cell, for aria-activedescendant. */
export const cellId = (tableId: string, row: number, col: number) => `grid-${tableId}-r${row}-c${col}`;
