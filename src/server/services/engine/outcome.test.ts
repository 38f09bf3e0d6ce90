import { describe, expect, it } from 'vitest';
import { retryDelay } from './outcome.ts';

describe('retry delays', () => {
  it('grow exponentially with jitter and stop growing at 60 s', () => {
    expect(retryDelay(1, undefined, 1000, () => 0)).toBe(500);
    expect(retryDelay(1, undefined, 1000, () => 1)).toBe(1000);
    expect(retryDelay(3, undefined, 1000, () => 1)).toBe(4000);
    expect(retryDelay(20, undefined, 1000, () => 1)).toBe(60_000);
  });

  it('honour what the provider asked for', () => {
    expect(retryDelay(1, 7_000)).toBe(7_000);
  });
});
