import {
  type ColumnDef,
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import type { Row } from '../../../../contract/rows.ts';
import type { TableView } from '../../../store/table-view-store.ts';

/** Width of a column nobody resized yet, and the bounds a drag may reach. */
const DEFAULT_COLUMN_WIDTH = 180;
export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 800;

const features = tableFeatures({ columnSizingFeature, columnVisibilityFeature });
// Rows never pass through the column model: the grid asks its row blocks for cells by position.
const NO_ROWS: Row[] = [];

/** A visible column with its laid-out geometry. */
export interface GridColumn {
  column: Column;
  /** Position among the visible columns, 0-based. */
  index: number;
  width: number;
  /** Left edge relative to the first data column (the gutter not counted). */
  start: number;
}

/**
 * The grid's column model, through TanStack Table: the table's columns in server order, less
 * hidden ones, sized from the view's widths.
 */
export function useGridColumns(columns: Column[], view: Pick<TableView, 'hiddenColumnIds' | 'columnWidths'>) {
  const defs = useMemo<ColumnDef<typeof features, Row>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        accessorFn: (row: Row) => row.data[column.name],
        size: DEFAULT_COLUMN_WIDTH,
        minSize: MIN_COLUMN_WIDTH,
        maxSize: MAX_COLUMN_WIDTH,
      })),
    [columns],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(view.hiddenColumnIds.map((id) => [id, false])),
    [view.hiddenColumnIds],
  );
  const table = useTable(
    {
      features,
      columns: defs,
      data: NO_ROWS,
      state: { columnSizing: view.columnWidths, columnVisibility },
    },
    (state) => ({ sizing: state.columnSizing, visibility: state.columnVisibility }),
  );
  const visible = table.getVisibleLeafColumns();
  return useMemo(() => {
    const byId = new Map(columns.map((column) => [column.id, column]));
    const laidOut: GridColumn[] = [];
    let start = 0;
    for (const leaf of visible) {
      const column = byId.get(leaf.id);
      if (!column) continue;
      const width = leaf.getSize();
      laidOut.push({ column, index: laidOut.length, width, start });
      start += width;
    }
    return { columns: laidOut, totalWidth: start };
  }, [columns, visible]);
}
