import { describe, expect, it } from 'vitest';
import { convertValue } from './convert.ts';

describe('converting source values', () => {
  it("reads text with the type's own parser and says why a value does not fit", () => {
    expect(convertValue(' 1,200.5 ', 'number', {}, true)).toEqual({ value: 1200.5 });
    expect(convertValue('yes', 'boolean', {}, true)).toEqual({ value: true });
    expect(convertValue('2026-04-03', 'date', {}, true)).toEqual({ value: '2026-04-03T00:00:00.000Z' });
    expect(convertValue('a, b', 'multiselect', {}, true)).toEqual({ value: ['a', 'b'] });
    expect(convertValue('N/A', 'number', {}, true)).toEqual({ error: 'not a valid number' });
    expect(convertValue('2026-02-30', 'date', {}, true)).toEqual({
      error: 'not a valid date',
    });
    expect(convertValue('2026-04-03T10:00:00+02:00', 'date', {}, true)).toEqual({
      value: '2026-04-03T08:00:00.000Z',
    });
  });

  it('takes typed values as they are and writes other values as text', () => {
    expect(convertValue(4.5, 'number', {}, false)).toEqual({ value: 4.5 });
    expect(convertValue(1, 'boolean', {}, false)).toEqual({ value: true });
    expect(convertValue({ a: 1 }, 'text', {}, false)).toEqual({ value: '{"a":1}' });
    expect(convertValue(12, 'text', {}, false)).toEqual({ value: '12' });
    expect(convertValue('', 'text', {}, false)).toEqual({ value: null });
  });

  it('removes the quote an export put before formula-like text, only when asked', () => {
    expect(convertValue("'=SUM(A1)", 'text', {}, true)).toEqual({ value: '=SUM(A1)' });
    expect(convertValue("'-5", 'text', {}, true)).toEqual({ value: '-5' });
    expect(convertValue("'quoted", 'text', {}, true)).toEqual({ value: "'quoted" });
    expect(convertValue("'=SUM(A1)", 'text', {}, false)).toEqual({ value: "'=SUM(A1)" });
  });
});
