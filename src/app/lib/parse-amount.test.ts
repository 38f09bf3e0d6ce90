import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount.ts';

describe('an amount as typed', () => {
  it('reads points as decimals, commas as thousands, and a leading dollar sign', () => {
    expect(parseAmount(' $1.50 ')).toEqual({ amount: 1.5 });
    expect(parseAmount('1,500')).toEqual({ amount: 1500 });
    expect(parseAmount('12,000.4')).toEqual({ amount: 12_000.4 });
    expect(parseAmount('-5')).toEqual({ amount: -5 });
    expect(parseAmount('')).toEqual({ amount: null });
  });

  it('refuses a decimal comma rather than reading 1,5 as 15', () => {
    for (const typed of ['1,5', '0,50', '1,50,0'])
      expect(parseAmount(typed)).toEqual({
        error: 'Write decimals with a point (1.5); a comma only separates thousands (1,500)',
      });
  });

  it('refuses words', () => {
    expect(parseAmount('ten')).toEqual({ error: 'Enter a number, like 0.50' });
  });
});
