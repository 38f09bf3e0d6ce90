import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago.ts';

describe('timeAgo', () => {
  const now = Date.parse('2026-04-03T12:00:00Z');

  it('says "just now" under a minute', () => {
    expect(timeAgo('2026-04-03T11:59:30Z', now)).toBe('just now');
  });

  it('uses the largest whole unit', () => {
    expect(timeAgo('2026-04-03T11:55:00Z', now)).toBe('5 min. ago');
    expect(timeAgo('2026-04-03T09:00:00Z', now)).toBe('3 hr. ago');
    expect(timeAgo('2026-04-02T12:00:00Z', now)).toBe('yesterday');
  });

  it('answers empty for a date it cannot read', () => {
    expect(timeAgo('not a date', now)).toBe('');
  });
});
