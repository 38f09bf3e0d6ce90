/** How many idle clients are kept before the idle ones are dropped (a full bucket needs no entry). */
const SWEEP_AT = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per key (a client address): `ratePerSecond` tokens come back each second, up to
 * `burst`; each request takes one. In memory, so each server limits its own traffic only.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly ratePerSecond: number;
  readonly burst: number;

  constructor(ratePerSecond: number, burst: number) {
    this.ratePerSecond = ratePerSecond;
    this.burst = burst;
  }

  /** Takes a token for `key`: 0 if there was one, else the seconds until there will be. */
  take(key: string, now = Date.now()): number {
    if (this.#buckets.size >= SWEEP_AT) this.#sweep(now);
    const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.ratePerSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / this.ratePerSecond;
  }

  /** Drops buckets that have refilled: forgetting them changes nothing. */
  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.ratePerSecond >= this.burst)
        this.#buckets.delete(key);
    }
  }
}
