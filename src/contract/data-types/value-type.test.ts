import { describe, expect, it } from 'vitest';
import { valueKindOf, valueTypeOf } from './value-type.ts';

describe('how a column reads its values', () => {
  it('reads a computed column as its result type, and as its own without one', () => {
    expect(valueTypeOf({ dataType: 'computed', config: { resultType: 'date' } })).toBe('date');
    expect(valueKindOf({ dataType: 'computed', config: { resultType: 'number' } })).toBe('number');
    expect(valueTypeOf({ dataType: 'computed', config: {} })).toBe('computed');
    expect(valueKindOf({ dataType: 'computed', config: { resultType: 'nonsense' } })).toBeUndefined();
  });

  it('reads numbers, dates, lists and choices as such, and other types as plain values', () => {
    expect(valueKindOf({ dataType: 'number' })).toBe('number');
    expect(valueKindOf({ dataType: 'date' })).toBe('instant');
    expect(valueKindOf({ dataType: 'images' })).toBe('list');
    expect(valueKindOf({ dataType: 'select' })).toBe('choice');
    expect(valueKindOf({ dataType: 'text' })).toBeUndefined();
  });
});
