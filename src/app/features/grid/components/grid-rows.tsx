// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import type { Ref } from 'react';
import type { Row } from '../../../../contract/rows.ts';
import type { ColumnWindow } from '../hooks/use-column-window.ts';
import type { RowWindow } from '../model/row-window.ts';
import { selectionRange } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';
import { GridRow, type RowSelection } from './grid-row.tsx';

export interface GridRowsProps {
  tableId: string;
  layerRef: Ref<HTMLDivElement>;
  rowsWindow: RowWindow;
  rowAt: (index: number) => Row | undefined;
  rowHeight: number;
  viewportHeight: number;
  width: number;
  gutterWidth: number;
  columnWindow: ColumnWindow;
}

/**
 * The rows in view, in a layer that stays put (sticky) while the spacer scrolls beside it; the
 * layer is shifted by useRowWindow, and only this component reads the selection and edit state.
 */
export function GridRows(props: GridRowsProps) {
  const {
    tableId,
    layerRef,
    rowsWindow,
    rowAt,
    rowHeight,
    viewportHeight,
    width,
    gutterWidth,
    columnWindow,
  } = props;
  const selection = useGridStore((state) => state.selection);
  const editing = useGridStore((state) => state.editing);
  const editError = useGridStore((state) => state.editError);
  const checked = useGridStore((state) => state.checkedRowIds);
  const range = selection ? selectionRange(selection) : null;
  const rows = [];
  for (let index = rowsWindow.first; index < rowsWindow.last; index++) {
    const row = rowAt(index);
    const inRange = range && index >= range.top && index <= range.bottom;
    const rowSelection: RowSelection | null = inRange
      ? {
          left: range.left,
          right: range.right,
          focusCol: selection?.focus.row === index ? selection.focus.col : null,
        }
      : null;
    rows.push(
      <GridRow
        key={index}
        tableId={tableId}
        index={index}
        row={row}
        top={(index - rowsWindow.base) * rowHeight}
        height={rowHeight}
        width={width}
        gutterWidth={gutterWidth}
        columnWindow={columnWindow}
        selection={rowSelection}
        checked={!!row && checked.has(row.id)}
        editing={
          editing?.row === index
            ? { col: editing.col, initialText: editing.initialText, error: editError }
            : null
        }
      />,
    );
  }
  return (
    <div className="grid-rows" style={{ height: viewportHeight, width }}>
      {/* The outer layer clips and stays in view; this inner one moves with the scroll position. */}
      <div role="rowgroup" ref={layerRef} className="grid-rows__shift">
        {rows}
      </div>
    </div>
  );
}
