// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import { memo } from 'react';
import type { Row } from '../../../../contract/rows.ts';
import { appColumnTypes } from '../../../column-types/index.ts';
import { hasCellDetail } from '../../../lib/cell-detail.ts';
import { isWritable } from '../../../lib/cell-text.ts';
import { StatusBadge } from '../cells/status-badge.tsx';
import { CellEditor } from '../editors/cell-editor.tsx';
import type { GridColumn } from '../hooks/use-grid-columns.ts';
import { useGridActions } from './grid-actions.ts';

export interface GridCellProps {
  id: string;
  rowIndex: number;
  gridColumn: GridColumn;
  row: Row | undefined;
  /** Left offset when the column is frozen (sticky), else undefined. */
  stickyLeft: number | undefined;
  /** The last frozen column draws the edge that scrolling columns pass under. */
  frozenEdge: boolean;
  selected: boolean;
  focused: boolean;
  editing: { initialText: string | undefined; error: string | null } | null;
}

/** One data cell: the type's renderer, the cell's status badge, or its editor while editing. */
export const GridCell = memo(function GridCell(props: GridCellProps) {
  const { id, rowIndex, gridColumn, row, stickyLeft, frozenEdge, selected, focused, editing } = props;
  const actions = useGridActions();
  const { column } = gridColumn;
  const renderer = appColumnTypes[column.dataType].cell;
  const className = [
    'grid-cell',
    `grid-cell--${renderer.align ?? 'start'}`,
    stickyLeft !== undefined && 'grid-cell--frozen',
    frozenEdge && 'grid-cell--frozen-edge',
    selected && 'grid-cell--selected',
    focused && 'grid-cell--focused',
    editing && 'grid-cell--editing',
    editing?.error && 'grid-cell--invalid',
    !isWritable(column) && 'grid-cell--readonly',
  ]
    .filter(Boolean)
    .join(' ');
  const value = row?.data[column.name];
  return (
    <div
      id={id}
      role="gridcell"
      aria-colindex={gridColumn.index + 2}
      aria-selected={selected}
      aria-readonly={!isWritable(column) || undefined}
      className={className}
      data-row={rowIndex}
      data-col={gridColumn.index}
      style={{ width: gridColumn.width, left: stickyLeft }}
    >
      {!row ? (
        <span className="grid-skeleton" aria-hidden="true" />
      ) : editing ? (
        <CellEditor
          column={column}
          value={value}
          initialText={editing.initialText}
          error={editing.error}
          onCommit={actions.commitEdit}
          onCancel={actions.cancelEdit}
        />
      ) : (
        <>
          {renderer.render({
            value,
            column,
            ...(isWritable(column) && {
              onChange: (next: unknown) => actions.setValue(rowIndex, gridColumn.index, next),
            }),
          })}
          <StatusBadge
            state={row.cells?.[column.name]}
            onOpen={
              hasCellDetail(column, row) ? () => actions.openCell(rowIndex, gridColumn.index) : undefined
            }
          />
        </>
      )}
    </div>
  );
});
