import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useMemo } from 'react';
import type { GridColumn } from './use-grid-columns.ts';

/** Columns drawn beyond each side of the viewport. */
const COLUMN_OVERSCAN = 2;

/** The columns a row draws: frozen ones always, the rest only near the viewport, with spacers. */
export interface ColumnWindow {
  frozen: GridColumn[];
  scrolling: GridColumn[];
  /** Width of the skipped columns before and after the drawn scrolling ones. */
  padStart: number;
  padEnd: number;
}

/**
 * Horizontal virtualization with TanStack Virtual: frozen leading columns are always drawn
 * (they stick to the left), the others only when in or near view.
 */
export function useColumnWindow(
  scrollRef: RefObject<HTMLElement | null>,
  columns: GridColumn[],
  frozenCount: number,
  gutterWidth: number,
): ColumnWindow {
  const frozen = useMemo(() => columns.slice(0, frozenCount), [columns, frozenCount]);
  const rest = useMemo(() => columns.slice(frozenCount), [columns, frozenCount]);
  const frozenWidth = frozen.reduce((sum, column) => sum + column.width, 0);
  // Keys carry the width, so a resize invalidates the virtualizer's measurements.
  const getItemKey = useCallback(
    (index: number) => `${rest[index]?.column.id}:${rest[index]?.width}`,
    [rest],
  );
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: rest.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => rest[index]?.width ?? 0,
    getItemKey,
    paddingStart: gutterWidth + frozenWidth,
    overscan: COLUMN_OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.length > 0 ? (items[items.length - 1]?.index ?? -1) : -1;
  return useMemo(() => {
    const scrolling = rest.slice(firstIndex, lastIndex + 1);
    const restWidth = rest.reduce((sum, column) => sum + column.width, 0);
    const first = scrolling[0];
    const last = scrolling[scrolling.length - 1];
    const padStart = first ? first.start - frozenWidth : 0;
    const padEnd = last ? frozenWidth + restWidth - (last.start + last.width) : restWidth;
    return { frozen, scrolling, padStart, padEnd };
  }, [rest, frozen, frozenWidth, firstIndex, lastIndex]);
}
