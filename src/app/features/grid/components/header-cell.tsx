// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import { type DragEvent, type PointerEvent, useState } from 'react';
import type { GridColumn } from '../hooks/use-grid-columns.ts';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../hooks/use-grid-columns.ts';
import { useGridStore } from '../store/grid-store.ts';
import { TypeIcon } from './type-icon.tsx';

/** The drag payload type for a header being moved; other drags (files, text) are ignored. */
const DRAG_TYPE = 'application/x-ai-tables-column';

export interface HeaderCellProps {
  gridColumn: GridColumn;
  stickyLeft: number | undefined;
  frozenEdge: boolean;
  sorted: 'asc' | 'desc' | undefined;
  onResize: (columnId: string, width: number) => void;
  onMove: (columnId: string, beforeColumnId: string, after: boolean) => void;
}

/** A column header: name and type, a menu button, a drag handle to reorder and an edge to resize. */
export function HeaderCell({
  gridColumn,
  stickyLeft,
  frozenEdge,
  sorted,
  onResize,
  onMove,
}: HeaderCellProps) {
  const { column, width, index } = gridColumn;
  const [dropSide, setDropSide] = useState<'before' | 'after' | null>(null);
  const openMenu = (x: number, y: number) => useGridStore.getState().openMenu({ columnId: column.id, x, y });

  const startResize = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const move = (moved: globalThis.PointerEvent) => {
      const next = Math.round(width + moved.clientX - startX);
      onResize(column.id, Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, next)));
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
  };

  const side = (event: DragEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientX > box.left + box.width / 2 ? 'after' : 'before';
  };

  return (
    <div
      role="columnheader"
      aria-colindex={index + 2}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      className={`grid-header-cell${stickyLeft !== undefined ? ' grid-cell--frozen' : ''}${frozenEdge ? ' grid-cell--frozen-edge' : ''}${dropSide ? ` grid-header-cell--drop-${dropSide}` : ''}`}
      style={{ width, left: stickyLeft }}
      draggable
      data-column-id={column.id}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, column.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        setDropSide(side(event));
      }}
      onDragLeave={() => setDropSide(null)}
      onDrop={(event) => {
        const moved = event.dataTransfer.getData(DRAG_TYPE);
        setDropSide(null);
        if (!moved || moved === column.id) return;
        event.preventDefault();
        onMove(moved, column.id, side(event) === 'after');
      }}
      onContextMenu={(event) => {
        event.preventDefault();
        openMenu(event.clientX, event.clientY);
      }}
    >
      <TypeIcon dataType={column.dataType} />
      <span className="grid-header-cell__name" title={column.displayName}>
        {column.displayName}
      </span>
      {sorted && (
        <span className="grid-header-cell__sort" aria-hidden="true">
          {sorted === 'asc' ? '↑' : '↓'}
        </span>
      )}
      <button
        type="button"
        className="grid-header-cell__menu"
        aria-label={`${column.displayName} column menu`}
        aria-haspopup="menu"
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          openMenu(box.left, box.bottom + 4);
        }}
      >
        ▾
      </button>
      <div className="grid-header-cell__resize" aria-hidden="true" onPointerDown={startResize} />
    </div>
  );
}
