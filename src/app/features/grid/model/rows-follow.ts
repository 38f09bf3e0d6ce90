import { type RowGeometry, scrollScale } from './row-window.ts';

/**
 * Scroll distance on each side of the current position over which the compositor moves the rows by
 * itself; numbers stay small (tens of thousands of pixels) whatever the table's height.
 */
const FOLLOW_RANGE = 50_000;

/**
 * How the rows layer follows the scroll: between scroll positions `start` and `end` its transform
 * goes linearly from `from` to `to` pixels. The rows sit relative to the `base` row, and a scrolled
 * pixel moves them `scale` pixels, so the layer's offset at scroll position s is
 * base × rowHeight − s × scale. The browser runs this as a scroll-driven animation on the
 * compositor: wheel and trackpad scrolling then move the rows without the main thread.
 */
export interface RowsFollow {
  start: number;
  end: number;
  from: number;
  to: number;
}

export function rowsFollow(geometry: RowGeometry, scrollTop: number, base: number): RowsFollow {
  const scale = scrollScale(geometry);
  const start = Math.max(0, Math.floor(scrollTop - FOLLOW_RANGE));
  const end = Math.ceil(scrollTop + FOLLOW_RANGE);
  const at = (position: number) => base * geometry.rowHeight - position * scale;
  return { start, end, from: at(start), to: at(end) };
}

/** Whether a scroll position is far enough inside a follow range to keep using it. */
export function followCovers(follow: RowsFollow, scrollTop: number): boolean {
  const roomBefore = follow.start === 0 || scrollTop - follow.start >= FOLLOW_RANGE / 2;
  return roomBefore && follow.end - scrollTop >= FOLLOW_RANGE / 2;
}
