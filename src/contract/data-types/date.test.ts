import { describe, expect, it } from 'vitest';
import { dataTypes, dayOf, isDay } from './index.ts';

describe('dates', () => {
  it('tells a day from a date-time', () => {
    expect(isDay('2026-04-03')).toBe(true);
    expect(isDay('2026-04-03T10:00:00Z')).toBe(false);
    expect(isDay('3 April')).toBe(false);
  });

  it('gives back the day a date was typed as, and nothing for a time of day', () => {
    const stored = dataTypes.date.parseText('2026-04-03', {});
    expect(stored).toBe('2026-04-03T00:00:00.000Z');
    expect(dayOf(stored as string)).toBe('2026-04-03');
    expect(dayOf('2026-04-03T10:30:00.000Z')).toBeUndefined();
  });
});
