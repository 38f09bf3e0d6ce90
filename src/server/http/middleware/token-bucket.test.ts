import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

describe('token buckets', () => {
  it('allows a burst, then one request per refilled token, per client', () => {
    const buckets = new TokenBuckets(2, 3);
    const now = 1_000_000;
    expect([0, 1, 2].map(() => buckets.take('a', now))).toEqual([0, 0, 0]);
    expect(buckets.take('a', now)).toBeCloseTo(0.5);
    expect(buckets.take('b', now)).toBe(0);
    expect(buckets.take('a', now + 500)).toBe(0);
    expect(buckets.take('a', now + 500)).toBeGreaterThan(0);
    // A long pause refills to the burst, no further.
    expect([0, 1, 2, 3].map(() => buckets.take('a', now + 60_000))).toEqual([0, 0, 0, 0.5]);
  });
});
