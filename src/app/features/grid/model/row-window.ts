/**
 * Row windowing with fixed row heights, for tables taller than a browser can lay out.
 *
 * Browsers cap an element's height (Chrome near 33.5M px, Firefox near 17.9M px); a million rows of
 * 34 px need 34M px. The scrolling spacer is therefore capped, and a scroll position maps to a
 * "virtual" offset in the full-height table by a scale factor chosen so that the top of the spacer
 * is row 0 and its bottom is the last row. Below the cap the scale is 1 and nothing changes.
 */

/** The tallest spacer the grid lays out; safely under every browser's limit. */
export const MAX_SPACER_HEIGHT = 10_000_000;

/** Rows rendered beyond each edge of the viewport, so a small scroll never shows a gap. */
const ROW_OVERSCAN = 4;

/**
 * The rendered range moves in steps of this many rows: scrolling then changes the DOM every few
 * frames instead of every frame, which is what a frame's fixed cost (style, layout, paint) asks.
 */
const ROW_STEP = 8;

/**
 * Rows are positioned relative to a base row that moves in steps of this many rows, so a row
 * keeps its position (and its memoized render) while the window slides.
 */
const BASE_STEP = 512;

export interface RowGeometry {
  rowCount: number;
  rowHeight: number;
  /** Height of the area that shows rows (the viewport less the header). */
  viewportHeight: number;
}

/** The spacer's height: the table's full height, or the cap. */
export function spacerHeight({ rowCount, rowHeight }: RowGeometry): number {
  return Math.min(rowCount * rowHeight, MAX_SPACER_HEIGHT);
}

/** Virtual pixels per scrolled pixel: 1 below the cap, more above it. */
export function scrollScale(geometry: RowGeometry): number {
  const total = geometry.rowCount * geometry.rowHeight;
  const spacer = spacerHeight(geometry);
  if (total <= spacer) return 1;
  const viewport = Math.min(geometry.viewportHeight, spacer - 1);
  return (total - viewport) / (spacer - viewport);
}

export interface RowWindow {
  /** First row rendered (overscan included). */
  first: number;
  /** One past the last row rendered. */
  last: number;
  /**
   * How many rows the window holds wherever it is (fewer only at the table's end). Row `index`
   * renders in slot `index % slots`: as the window slides, a row leaving it hands its slot, and its
   * DOM elements, to the row entering, so scrolling updates text instead of building elements.
   */
  slots: number;
  /** First and one-past-last rows actually in view, for fetching and for tests. */
  firstVisible: number;
  lastVisible: number;
  /** Row that rendered rows are positioned from. */
  base: number;
  /** Where the base row's top sits relative to the viewport's top, in pixels (usually negative). */
  shift: number;
}

/** The rows to render for a scroll position, and where they go. */
export function rowWindow(geometry: RowGeometry, scrollTop: number): RowWindow {
  const { rowCount, rowHeight, viewportHeight } = geometry;
  const maxOffset = Math.max(0, rowCount * rowHeight - viewportHeight);
  const offset = Math.min(maxOffset, Math.max(0, scrollTop * scrollScale(geometry)));
  const firstVisible = Math.min(rowCount, Math.floor(offset / rowHeight));
  const lastVisible = Math.min(rowCount, Math.ceil((offset + viewportHeight) / rowHeight));
  // A fixed length that covers the visible rows, the overscan on both sides and the slack of a
  // window start rounded down to a step.
  const slots =
    (Math.ceil((Math.ceil(viewportHeight / rowHeight) + 1 + 2 * ROW_OVERSCAN) / ROW_STEP) + 1) * ROW_STEP;
  const first = Math.max(0, Math.floor((firstVisible - ROW_OVERSCAN) / ROW_STEP) * ROW_STEP);
  const last = Math.min(rowCount, first + slots);
  const base = Math.floor(first / BASE_STEP) * BASE_STEP;
  return { first, last, slots, firstVisible, lastVisible, base, shift: base * rowHeight - offset };
}

/**
 * The scrollTop that brings a row fully into view, moving as little as possible; undefined when
 * it is in view already.
 */
export function scrollTopToReveal(
  geometry: RowGeometry,
  scrollTop: number,
  index: number,
): number | undefined {
  const { rowHeight, viewportHeight } = geometry;
  const scale = scrollScale(geometry);
  const offset = scrollTop * scale;
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  // Scroll positions snap to whole pixels, a scaled pixel being several virtual ones: round so
  // the row lands inside the viewport rather than a pixel or two outside it.
  if (top < offset) return Math.floor(top / scale);
  if (bottom > offset + viewportHeight) return Math.ceil((bottom - viewportHeight) / scale);
  return undefined;
}

/** The scrollTop that shows a row at the top of the viewport (a jump). */
export function scrollTopForRow(geometry: RowGeometry, index: number): number {
  return Math.ceil((index * geometry.rowHeight) / scrollScale(geometry));
}
