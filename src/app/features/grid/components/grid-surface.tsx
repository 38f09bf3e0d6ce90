// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useCallback, useMemo, useRef } from 'react';
import type { Row } from '../../../../contract/rows.ts';
import type { Table } from '../../../../contract/tables.ts';
import type { RowsViewQuery } from '../../../api/query-keys.ts';
import { usePanelStore } from '../../../store/panel-store.ts';
import { type TableView, useTableViewStore } from '../../../store/table-view-store.ts';
import { loadRows } from '../api/use-row-blocks.ts';
import { useCellUpdates } from '../hooks/use-cell-updates.ts';
import { useColumnMove } from '../hooks/use-column-move.ts';
import type { ColumnWindow } from '../hooks/use-column-window.ts';
import { useEditCommit } from '../hooks/use-edit-commit.ts';
import { useGridClipboard } from '../hooks/use-grid-clipboard.ts';
import type { GridColumn } from '../hooks/use-grid-columns.ts';
import { useGridCommands } from '../hooks/use-grid-commands.ts';
import { useGridKeyboard } from '../hooks/use-grid-keyboard.ts';
import { useGridMouse } from '../hooks/use-grid-mouse.ts';
import { useUndo } from '../hooks/use-undo.ts';
import type { GridModel } from '../model/grid-model.ts';
import type { RowGeometry } from '../model/row-window.ts';
import { type CellPosition, cellSelection } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';
import { cellId, type GridActions, GridActionsContext } from './grid-actions.ts';
import { GridFooter } from './grid-footer.tsx';
import { GridHeader } from './grid-header.tsx';
import { GridRows } from './grid-rows.tsx';
import { HeaderMenu } from './header-menu.tsx';

export interface GridSurfaceProps {
  table: Table;
  view: TableView;
  query: RowsViewQuery;
  scrollRef: RefObject<HTMLDivElement | null>;
  columns: GridColumn[];
  columnWindow: ColumnWindow;
  frozenCount: number;
  geometry: RowGeometry;
  rowAt: (index: number) => Row | undefined;
  onTotal: (total: number) => void;
  loadError: unknown;
  onLoadError: (error: unknown) => void;
  width: number;
  canvasHeight: number;
  gutterWidth: number;
  headerHeight: number;
  revealRow: (index: number) => void;
  jumpToRow: (index: number) => void;
}

/** Scrolls a column into view sideways, frozen columns and the gutter taken into account. */
function revealColumn(
  element: HTMLElement,
  columns: GridColumn[],
  frozenCount: number,
  col: number,
  gutter: number,
) {
  const column = columns[col];
  if (!column || col < frozenCount) return;
  const frozenRight = gutter + columns.slice(0, frozenCount).reduce((sum, item) => sum + item.width, 0);
  const left = gutter + column.start;
  if (left < element.scrollLeft + frozenRight) element.scrollLeft = left - frozenRight;
  else if (left + column.width > element.scrollLeft + element.clientWidth)
    element.scrollLeft = left + column.width - element.clientWidth;
}

/** The grid's interactive surface: keyboard, mouse, clipboard and editing over the laid-out rows. */
export function GridSurface(props: GridSurfaceProps) {
  const { table, view, query, scrollRef, columns, columnWindow, frozenCount, geometry, rowAt } = props;
  const { gutterWidth, headerHeight, width } = props;
  const { rowCount } = geometry;
  const updateCells = useCellUpdates(table.id, table.columns);
  const { undo, redo } = useUndo(table.id);
  const queryClient = useQueryClient();
  const model = useRef<GridModel>(null as unknown as GridModel);
  model.current = {
    tableId: table.id,
    columns,
    rowCount,
    pageRows: Math.max(1, Math.floor(geometry.viewportHeight / geometry.rowHeight)),
    rowAt,
    loadRows: (from, to) => loadRows(queryClient, table.id, query, from, to),
    reveal: (cell: CellPosition) => {
      props.revealRow(cell.row);
      if (scrollRef.current) revealColumn(scrollRef.current, columns, frozenCount, cell.col, gutterWidth);
    },
    updateCells,
    undo,
    redo,
    focusGrid: () => scrollRef.current?.focus({ preventScroll: true }),
  };
  const commands = useGridCommands(model);
  const onKeyDown = useGridKeyboard(model, commands);
  const mouse = useGridMouse(model);
  useGridClipboard(scrollRef, model);
  const { commit, cancel } = useEditCommit(model);
  const onMove = useColumnMove(table);
  const actions = useMemo<GridActions>(
    () => ({
      setValue: (rowIndex, colIndex, value) => {
        const row = model.current.rowAt(rowIndex);
        const column = model.current.columns[colIndex]?.column;
        if (row && column) void model.current.updateCells([{ row, column, value }]);
      },
      commitEdit: commit,
      cancelEdit: cancel,
      openRow: (row) => usePanelStore.getState().openPanel({ kind: 'row', tableId: table.id, rowId: row.id }),
      // The cell gets selected and the grid focused first, so the panel shows which cell it is about
      // and closing it gives focus back to the grid.
      openCell: (rowIndex, colIndex) => {
        useGridStore.getState().select(cellSelection({ row: rowIndex, col: colIndex }));
        model.current.focusGrid();
        commands.openDetails();
      },
    }),
    [commit, cancel, commands, table.id],
  );
  const focus = useGridStore((state) => state.selection?.focus);
  const onResize = useCallback(
    (columnId: string, next: number) => {
      const store = useTableViewStore.getState();
      const widths = store.views[table.id]?.columnWidths ?? {};
      store.updateView(table.id, { columnWidths: { ...widths, [columnId]: next } });
    },
    [table.id],
  );

  return (
    <GridActionsContext.Provider value={actions}>
      <div className="grid-root">
        <div
          ref={scrollRef}
          role="grid"
          tabIndex={0}
          aria-label={table.name}
          aria-rowcount={rowCount + 1}
          aria-colcount={columns.length + 1}
          aria-multiselectable="true"
          aria-activedescendant={focus ? cellId(table.id, focus.row, focus.col) : undefined}
          className={`grid grid--${view.density}`}
          onKeyDown={onKeyDown}
          {...mouse}
        >
          <div className="grid-canvas" style={{ width, height: props.canvasHeight }}>
            <GridHeader
              columnWindow={columnWindow}
              gutterWidth={gutterWidth}
              height={headerHeight}
              width={width}
              sorts={view.sorts}
              onResize={onResize}
              onMove={onMove}
            />
            <GridRows
              tableId={table.id}
              query={query}
              scrollRef={scrollRef}
              geometry={geometry}
              width={width}
              gutterWidth={gutterWidth}
              columnWindow={columnWindow}
              onTotal={props.onTotal}
              onError={props.onLoadError}
            />
          </div>
        </div>
        <GridFooter
          table={table}
          rowCount={rowCount}
          loadError={props.loadError}
          jumpToRow={props.jumpToRow}
          focusGrid={() => model.current.focusGrid()}
        />
        <HeaderMenu table={table} view={view} columns={columns} model={model} />
      </div>
    </GridActionsContext.Provider>
  );
}
