import { describe, expect, it } from 'vitest';
import { formatNumber, numberType } from './number.ts';

describe('number columns', () => {
  it('group thousands by default and not for identifiers', () => {
    const grouped = formatNumber(12345678);
    expect(grouped).not.toBe('12345678');
    expect(grouped.replace(/\D/g, '')).toBe('12345678');
    expect(formatNumber(12345678, { thousandsSeparator: true })).toBe(grouped);
    expect(formatNumber(12345678, { thousandsSeparator: false })).toBe('12345678');
    expect(formatNumber(1234567.25, { thousandsSeparator: false }).replace(/\D/g, '')).toBe('123456725');
  });

  it('read text with or without separators', () => {
    expect(numberType.parseText('12,345,678', {})).toBe(12345678);
    expect(numberType.parseText('12345678', { thousandsSeparator: false })).toBe(12345678);
  });
});
