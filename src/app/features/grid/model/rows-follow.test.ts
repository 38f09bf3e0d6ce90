import { describe, expect, it } from 'vitest';
import { rowWindow, scrollScale } from './row-window.ts';
import { followCovers, rowsFollow } from './rows-follow.ts';

const huge = { rowCount: 1_000_000, rowHeight: 34, viewportHeight: 340 };

/** Where the follow range puts the layer at a scroll position, as the browser interpolates it. */
const offsetAt = (follow: ReturnType<typeof rowsFollow>, scrollTop: number) =>
  follow.from + ((follow.to - follow.from) * (scrollTop - follow.start)) / (follow.end - follow.start);

describe('rows follow', () => {
  it('puts the row the scroll position names at the top of the view, past the height cap too', () => {
    const scrollTop = 4_000_000;
    const window = rowWindow(huge, scrollTop);
    const follow = rowsFollow(huge, scrollTop, window.base);
    // A rendered row sits at (index - base) × rowHeight inside the layer, moved by the offset.
    const top = (window.firstVisible - window.base) * 34 + offsetAt(follow, scrollTop);
    expect(top).toBeLessThanOrEqual(0);
    expect(top).toBeGreaterThan(-34);
    // Further along the range, rows move `scale` pixels for each scrolled pixel.
    expect(offsetAt(follow, scrollTop + 100) - offsetAt(follow, scrollTop)).toBeCloseTo(
      -100 * scrollScale(huge),
      6,
    );
  });

  it('keeps its numbers small, whatever the table height', () => {
    const follow = rowsFollow(huge, 9_000_000, rowWindow(huge, 9_000_000).base);
    expect(Math.abs(follow.from)).toBeLessThan(300_000);
    expect(Math.abs(follow.to)).toBeLessThan(300_000);
  });

  it('is renewed before the scroll position reaches its ends', () => {
    const follow = rowsFollow(huge, 100_000, 0);
    expect(followCovers(follow, 100_000)).toBe(true);
    expect(followCovers(follow, 140_000)).toBe(false);
    expect(followCovers(rowsFollow(huge, 0, 0), 0)).toBe(true);
  });
});
