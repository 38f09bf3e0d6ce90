import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import type { RowsViewQuery } from '../../../api/query-keys.ts';
import { ROW_HEIGHTS, useTableView } from '../../../store/table-view-store.ts';
import { cachedRow } from '../api/use-row-blocks.ts';
import { useColumnWindow } from '../hooks/use-column-window.ts';
import { useGridColumns } from '../hooks/use-grid-columns.ts';
import { useRowScroll } from '../hooks/use-row-scroll.ts';
import { useViewportSize } from '../hooks/use-viewport-size.ts';
import { spacerHeight } from '../model/row-window.ts';
import { useGridStore } from '../store/grid-store.ts';
import '../grid.css';
import { GridSurface } from './grid-surface.tsx';

/** Width of the row-number gutter. */
const GUTTER_WIDTH = 76;
/** Height of the header row. */
const HEADER_HEIGHT = 36;

/**
 * The table as a spreadsheet: virtualized rows and columns over rows loaded block by block, so a
 * table of a million rows costs only what is on screen. Fills its parent (flex: 1).
 */
export function Grid({ table }: { table: Table }) {
  const view = useTableView(table.id);
  const query = useMemo<RowsViewQuery>(
    () => ({ filters: view.filters, sorts: view.sorts, search: view.search }),
    [view.filters, view.sorts, view.search],
  );
  const unfiltered = view.filters.length === 0 && view.search.trim() === '';
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewport = useViewportSize(scrollRef);
  const { columns, totalWidth } = useGridColumns(table.columns, view);
  const frozenCount = Math.min(view.frozenCount, columns.length);
  const rowHeight = ROW_HEIGHTS[view.density];

  // The row count drives the scroll height; it comes from the blocks' X-Total-Count, with the
  // table's own count as a first guess so the scrollbar is right before the first block lands.
  const [rowCount, setRowCount] = useState(unfiltered ? table.rowCount : 0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const viewportHeight = Math.max(0, viewport.height - HEADER_HEIGHT);
  const geometry = useMemo(
    () => ({ rowCount, rowHeight, viewportHeight }),
    [rowCount, rowHeight, viewportHeight],
  );
  const { revealRow, jumpToRow } = useRowScroll(scrollRef, geometry);
  const queryClient = useQueryClient();
  const rowAt = useCallback(
    (index: number) => cachedRow(queryClient, table.id, query, index),
    [queryClient, table.id, query],
  );

  // A new query starts at the top; selection positions would point at other rows.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    void queryKey;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    useGridStore.getState().select(null);
  }, [queryKey]);
  useEffect(() => useGridStore.getState().reset(table.id), [table.id]);

  const columnWindow = useColumnWindow(scrollRef, columns, frozenCount, GUTTER_WIDTH);
  return (
    <GridSurface
      table={table}
      view={view}
      query={query}
      scrollRef={scrollRef}
      columns={columns}
      columnWindow={columnWindow}
      frozenCount={frozenCount}
      geometry={geometry}
      rowAt={rowAt}
      onTotal={setRowCount}
      loadError={loadError}
      onLoadError={setLoadError}
      width={GUTTER_WIDTH + totalWidth}
      canvasHeight={HEADER_HEIGHT + spacerHeight(geometry)}
      gutterWidth={GUTTER_WIDTH}
      headerHeight={HEADER_HEIGHT}
      revealRow={revealRow}
      jumpToRow={jumpToRow}
    />
  );
}
