import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type RowGeometry, type RowWindow, rowWindow } from '../model/row-window.ts';
import { followCovers, type RowsFollow, rowsFollow } from '../model/rows-follow.ts';

// Only what the rows layer renders: the visible range changes every few pixels, and a render for
// each would cost a frame's budget while scrolling.
const sameRows = (a: RowWindow, b: RowWindow) =>
  a.first === b.first && a.last === b.last && a.base === b.base;

/** Scroll-driven animations with ranges in pixels (Chromium 115+, Safari 26+). */
export const compositorFollows =
  typeof CSS !== 'undefined' &&
  CSS.supports('animation-timeline: scroll()') &&
  CSS.supports('animation-range: 1px 2px');

const followKey = (geometry: RowGeometry, base: number) =>
  `${base}:${geometry.rowCount}:${geometry.rowHeight}:${geometry.viewportHeight}`;

/**
 * The rows to render for the grid's scroll position. Rows sit in a layer that stays in view
 * (position: sticky) and is moved by a transform that follows the scroll position, scaled past the
 * height cap. Where the browser can, a scroll-driven animation moves it on the compositor, so a
 * wheel or trackpad scroll costs the main thread nothing until the set of rows changes; elsewhere
 * the transform is written on every scroll event. React renders only when the rows change.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  layerRef: RefObject<HTMLElement | null>,
  geometry: RowGeometry,
) {
  const [rows, setRows] = useState(() => rowWindow(geometry, 0));
  const rendered = useRef(rows);
  rendered.current = rows;
  const geometryRef = useRef(geometry);
  geometryRef.current = geometry;
  const lastScrollTop = useRef(0);
  const aimed = useRef<{ key: string; range: RowsFollow } | null>(null);

  /** Points the layer at the scroll position: the animation's range, or the transform itself. */
  const move = useCallback(
    (scrollTop: number) => {
      const layer = layerRef.current;
      if (!layer) return;
      const current = geometryRef.current;
      const key = followKey(current, rendered.current.base);
      if (compositorFollows && aimed.current?.key === key && followCovers(aimed.current.range, scrollTop))
        return;
      const range = rowsFollow(current, scrollTop, rendered.current.base);
      if (compositorFollows) {
        aimed.current = { key, range };
        layer.style.setProperty('--rows-from', `${range.from}px`);
        layer.style.setProperty('--rows-to', `${range.to}px`);
        layer.style.animationRange = `${range.start}px ${range.end}px`;
      } else layer.style.transform = `translateY(${rowsFollowAt(range, scrollTop)}px)`;
    },
    [layerRef],
  );

  /** Moves the layer to a scroll position and renders other rows if the window changed. */
  const follow = useCallback(
    (scrollTop: number) => {
      move(scrollTop);
      const next = rowWindow(geometryRef.current, scrollTop);
      if (!sameRows(next, rendered.current)) setRows(next);
    },
    [move],
  );

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    lastScrollTop.current = element.scrollTop;
    follow(lastScrollTop.current);
  }, [scrollRef, follow]);

  // A passive effect, not a layout one: the scroll element is this layer's ancestor, and its ref
  // is attached only after the children's layout effects ran.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    element.addEventListener('scroll', onScroll, { passive: true });
    onScroll();
    return () => element.removeEventListener('scroll', onScroll);
  }, [scrollRef, onScroll]);

  // After a render (a new base row, new geometry such as a row count), re-aim the layer and the
  // window before the frame is drawn. The scroll position comes from the last scroll event:
  // reading scrollTop here would force a layout of the rows just added.
  useLayoutEffect(() => follow(lastScrollTop.current));

  return rows;
}

/** The layer's offset at a scroll position inside a follow range. */
function rowsFollowAt(range: RowsFollow, scrollTop: number): number {
  if (range.end === range.start) return range.from;
  return range.from + ((range.to - range.from) * (scrollTop - range.start)) / (range.end - range.start);
}
