import { type RefObject, useCallback, useRef } from 'react';
import { type RowGeometry, scrollTopForRow, scrollTopToReveal } from '../model/row-window.ts';

/** Scrolls the grid to rows: the least scroll that reveals one, or a jump putting one at the top. */
export function useRowScroll(scrollRef: RefObject<HTMLElement | null>, geometry: RowGeometry) {
  const geometryRef = useRef(geometry);
  geometryRef.current = geometry;
  const revealRow = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = scrollTopToReveal(geometryRef.current, element.scrollTop, index);
      if (top !== undefined) element.scrollTop = top;
    },
    [scrollRef],
  );
  const jumpToRow = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (element) element.scrollTop = scrollTopForRow(geometryRef.current, index);
    },
    [scrollRef],
  );
  return { revealRow, jumpToRow };
}
