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

  it('reads an AI column as what its answers are: measured, dated, chosen or listed', () => {
    expect(valueKindOf({ dataType: 'ai', config: { outputFormat: 'number' } })).toBe('number');
    expect(valueKindOf({ dataType: 'ai', config: { outputFormat: 'grade' } })).toBe('number');
    expect(valueKindOf({ dataType: 'ai', config: { kind: 'criterion_grade' } })).toBe('number');
    expect(valueKindOf({ dataType: 'ai', config: { outputFormat: 'date' } })).toBe('instant');
    expect(valueKindOf({ dataType: 'ai', config: { outputFormat: 'label', labels: ['a', 'b'] } })).toBe(
      'choice',
    );
    expect(valueKindOf({ dataType: 'ai', config: { outputFormat: 'multiselect' } })).toBe('list');
    expect(valueTypeOf({ dataType: 'ai', config: { outputFormat: 'text' } })).toBe('ai');
    expect(valueTypeOf({ dataType: 'ai', config: {} })).toBe('ai');
  });
});
