// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import { memo, type RefObject, useEffect, useRef } from 'react';
import type { RowsViewQuery } from '../../../api/query-keys.ts';
import { useRowBlocks } from '../api/use-row-blocks.ts';
import type { ColumnWindow } from '../hooks/use-column-window.ts';
import { compositorFollows, useRowWindow } from '../hooks/use-row-window.ts';
import type { RowGeometry } from '../model/row-window.ts';
import { selectionRange } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';
import { GridRow, type RowSelection } from './grid-row.tsx';

export interface GridRowsProps {
  tableId: string;
  query: RowsViewQuery;
  scrollRef: RefObject<HTMLElement | null>;
  geometry: RowGeometry;
  width: number;
  gutterWidth: number;
  columnWindow: ColumnWindow;
  /** Reports the row count (X-Total-Count) when the blocks tell a new one. */
  onTotal: (total: number) => void;
  onError: (error: unknown) => void;
}

/**
 * The rows in view, in a layer that stays put (sticky) while the spacer scrolls beside it. This
 * component alone follows the scroll position and the selection, so scrolling re-renders it and
 * the rows entering view, nothing else.
 */
export const GridRows = memo(function GridRows(props: GridRowsProps) {
  const { tableId, query, scrollRef, geometry, width, gutterWidth, columnWindow, onTotal, onError } = props;
  const layerRef = useRef<HTMLDivElement>(null);
  const rowsWindow = useRowWindow(scrollRef, layerRef, geometry);
  const { rowAt, total, error } = useRowBlocks(tableId, query, rowsWindow.first, rowsWindow.last);
  useEffect(() => {
    if (total !== undefined) onTotal(total);
  }, [total, onTotal]);
  useEffect(() => onError(error), [error, onError]);
  const { rowHeight, viewportHeight } = geometry;
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
        // Keyed by slot: the row entering the window takes over the elements of the row leaving it.
        key={index % rowsWindow.slots}
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
      <div
        role="rowgroup"
        ref={layerRef}
        className={compositorFollows ? 'grid-rows__shift grid-rows__shift--follow' : 'grid-rows__shift'}
      >
        {rows}
      </div>
    </div>
  );
});
