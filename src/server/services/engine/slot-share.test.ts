import { describe, expect, it } from 'vitest';
import { mayLend } from './slot-share.ts';

describe('lending provider slots to extraction chunks', () => {
  it('lends any free slot while no AI cell waits', () => {
    expect(mayLend({ concurrency: 8, used: 7, lent: 7, cellsWaiting: 0 })).toBe(true);
    expect(mayLend({ concurrency: 8, used: 8, lent: 8, cellsWaiting: 0 })).toBe(false);
  });

  it('keeps half the slots for AI cells that wait', () => {
    expect(mayLend({ concurrency: 8, used: 5, lent: 3, cellsWaiting: 2 })).toBe(true);
    expect(mayLend({ concurrency: 8, used: 5, lent: 4, cellsWaiting: 2 })).toBe(false);
    // The engine's own calls do not count against the lent half.
    expect(mayLend({ concurrency: 8, used: 7, lent: 0, cellsWaiting: 2 })).toBe(true);
  });
});
