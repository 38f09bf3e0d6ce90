import { describe, expect, it } from 'vitest';
import { MAX_SPACER_HEIGHT, rowWindow, scrollScale, scrollTopToReveal, spacerHeight } from './row-window.ts';

const small = { rowCount: 1000, rowHeight: 34, viewportHeight: 340 };
const huge = { rowCount: 1_000_000, rowHeight: 34, viewportHeight: 340 };

describe('row window', () => {
  it('uses the real height and a scale of 1 below the cap', () => {
    expect(spacerHeight(small)).toBe(34_000);
    expect(scrollScale(small)).toBe(1);
    const window = rowWindow(small, 340);
    expect(window.firstVisible).toBe(10);
    expect(window.lastVisible).toBe(20);
    expect(window.first).toBe(0);
    expect(window.last).toBe(32);
    expect(window.shift).toBe(-340);
  });

  it('slides a window of one length, so a row leaving hands its slot to the row entering', () => {
    const windows = [0, 1_000, 1_034, 5_000, 20_000].map((top) => rowWindow(small, top));
    for (const window of windows) {
      expect(window.last - window.first).toBe(window.slots);
      expect(window.first).toBeLessThanOrEqual(Math.max(0, window.firstVisible - 4));
      expect(window.last).toBeGreaterThanOrEqual(window.lastVisible + 4);
    }
    // Slots stay distinct within a window: index % slots never repeats.
    const [, at] = windows;
    const slots = new Set(
      Array.from({ length: at!.last - at!.first }, (_, i) => (at!.first + i) % at!.slots),
    );
    expect(slots.size).toBe(at!.slots);
  });

  it('caps the spacer and still reaches the last row at the bottom', () => {
    expect(spacerHeight(huge)).toBe(MAX_SPACER_HEIGHT);
    const bottom = MAX_SPACER_HEIGHT - huge.viewportHeight;
    const window = rowWindow(huge, bottom);
    expect(window.lastVisible).toBe(1_000_000);
    expect(window.firstVisible).toBe(999_990);
    // The last row's bottom meets the viewport's bottom.
    expect((window.lastVisible - window.base) * 34 + window.shift).toBeCloseTo(340, 5);
  });

  it('maps the middle proportionally', () => {
    const window = rowWindow(huge, (MAX_SPACER_HEIGHT - 340) / 2);
    expect(window.firstVisible).toBeGreaterThan(499_990);
    expect(window.firstVisible).toBeLessThan(500_000);
  });

  it('reveals a row by scrolling as little as possible', () => {
    expect(scrollTopToReveal(small, 0, 5)).toBeUndefined();
    expect(scrollTopToReveal(small, 0, 10)).toBe(34);
    expect(scrollTopToReveal(small, 340, 3)).toBe(102);
    const top = scrollTopToReveal(huge, 0, 900_000) ?? 0;
    const window = rowWindow(huge, top);
    expect(window.firstVisible).toBeLessThanOrEqual(900_000);
    expect(window.lastVisible).toBeGreaterThan(900_000);
  });
});
