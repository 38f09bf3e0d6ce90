// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import { memo } from 'react';
import type { Row } from '../../../../contract/rows.ts';
import type { ColumnWindow } from '../hooks/use-column-window.ts';
import type { GridColumn } from '../hooks/use-grid-columns.ts';
import { cellId } from './grid-actions.ts';
import { GridCell } from './grid-cell.tsx';
import { GutterCell } from './gutter-cell.tsx';

/** This row's part of the selection: the selected columns, and the focused one if it is here. */
export interface RowSelection {
  left: number;
  right: number;
  focusCol: number | null;
}

export interface GridRowProps {
  tableId: string;
  index: number;
  row: Row | undefined;
  top: number;
  height: number;
  width: number;
  gutterWidth: number;
  columnWindow: ColumnWindow;
  selection: RowSelection | null;
  checked: boolean;
  editing: { col: number; initialText: string | undefined; error: string | null } | null;
}

/**
 * One row: the gutter, the frozen cells (sticky), a spacer for columns scrolled out of view, the
 * visible cells, and a spacer after them. Memoized: while scrolling, rows keep their props and
 * only rows entering the window render.
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { tableId, index, row, top, height, width, gutterWidth, columnWindow, selection, checked, editing } =
    props;
  const cell = (gridColumn: GridColumn, stickyLeft: number | undefined) => {
    const col = gridColumn.index;
    const selected = !!selection && col >= selection.left && col <= selection.right;
    return (
      <GridCell
        key={gridColumn.column.id}
        id={cellId(tableId, index, col)}
        rowIndex={index}
        gridColumn={gridColumn}
        row={row}
        stickyLeft={stickyLeft}
        frozenEdge={col === columnWindow.frozen.length - 1}
        selected={selected}
        focused={selection?.focusCol === col}
        editing={editing?.col === col ? { initialText: editing.initialText, error: editing.error } : null}
      />
    );
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={checked || undefined}
      className={checked ? 'grid-row grid-row--checked' : 'grid-row'}
      style={{ top, height, width }}
    >
      <GutterCell index={index} row={row} checked={checked} />
      {columnWindow.frozen.map((gridColumn) => cell(gridColumn, gutterWidth + gridColumn.start))}
      {columnWindow.padStart > 0 && <div className="grid-pad" style={{ width: columnWindow.padStart }} />}
      {columnWindow.scrolling.map((gridColumn) => cell(gridColumn, undefined))}
      {columnWindow.padEnd > 0 && <div className="grid-pad" style={{ width: columnWindow.padEnd }} />}
    </div>
  );
});
