import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type RowGeometry, type RowWindow, rowWindow } from '../model/row-window.ts';

// Only what the rows layer renders: the visible range changes every few pixels, and a render for
// each would cost a frame's budget while scrolling.
const sameRows = (a: RowWindow, b: RowWindow) =>
  a.first === b.first && a.last === b.last && a.base === b.base;

/**
 * The rows to render for the grid's scroll position. Rows sit in a layer that stays in view
 * (position: sticky) and is moved by a transform written straight to the DOM on every scroll
 * event, so React renders only when the set of rows changes, not on every scrolled pixel.
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

  const place = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const next = rowWindow(geometryRef.current, element.scrollTop);
    // The transform is relative to the base row already on screen; a new base arrives with the
    // render that repositions the rows, and this runs again after it.
    const shift = next.shift + (rendered.current.base - next.base) * geometryRef.current.rowHeight;
    if (layerRef.current) layerRef.current.style.transform = `translateY(${shift}px)`;
    if (!sameRows(next, rendered.current)) setRows(next);
  }, [scrollRef, layerRef]);

  // A passive effect, not a layout one: the scroll element is this layer's ancestor, and its ref
  // is attached only after the children's layout effects ran.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    element.addEventListener('scroll', place, { passive: true });
    place();
    return () => element.removeEventListener('scroll', place);
  }, [scrollRef, place]);

  // After every render (new rows, new geometry), put the layer where the scroll position says.
  useLayoutEffect(place);

  return rows;
}
