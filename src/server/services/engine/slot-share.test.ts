import { describe, expect, it } from 'vitest';
import { cellMayTake, mayLend } from './slot-share.ts';

const slots = { concurrency: 8, othersWaiting: false };

describe('sharing a provider’s slots between AI cells and extraction chunks', () => {
  it('lends any free slot while no AI cell waits', () => {
    expect(mayLend({ ...slots, used: 7, lent: 7, cellsWaiting: 0 })).toBe(true);
    expect(mayLend({ ...slots, used: 8, lent: 8, cellsWaiting: 0 })).toBe(false);
  });

  it('keeps half the slots for AI cells that wait', () => {
    expect(mayLend({ ...slots, used: 5, lent: 3, cellsWaiting: 2 })).toBe(true);
    expect(mayLend({ ...slots, used: 5, lent: 4, cellsWaiting: 2 })).toBe(false);
    // The engine's own calls do not count against the lent half.
    expect(mayLend({ ...slots, used: 7, lent: 0, cellsWaiting: 2 })).toBe(true);
  });

  it('gives AI cells any free slot while no chunk waits', () => {
    expect(cellMayTake({ ...slots, used: 7, lent: 0, cellsWaiting: 9 })).toBe(true);
    expect(cellMayTake({ ...slots, used: 8, lent: 0, cellsWaiting: 9 })).toBe(false);
  });

  it('keeps free the slots waiting chunks lack of their half', () => {
    const waiting = { ...slots, othersWaiting: true, cellsWaiting: 9 };
    expect(cellMayTake({ ...waiting, used: 3, lent: 0 })).toBe(true);
    expect(cellMayTake({ ...waiting, used: 4, lent: 0 })).toBe(false);
    expect(cellMayTake({ ...waiting, used: 6, lent: 3 })).toBe(true);
    expect(cellMayTake({ ...waiting, used: 7, lent: 3 })).toBe(false);
    expect(cellMayTake({ ...waiting, used: 7, lent: 4 })).toBe(true);
    // One slot: cells go first.
    expect(cellMayTake({ ...waiting, concurrency: 1, used: 0, lent: 0 })).toBe(true);
  });
});
