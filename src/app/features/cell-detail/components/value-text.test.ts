import { describe, expect, it } from 'vitest';
import { valueText } from './value-text.ts';

describe('valueText', () => {
  it('shows each kind of answer readably', () => {
    expect(valueText(null)).toBeNull();
    expect(valueText('')).toBeNull();
    expect(valueText('Positive')).toBe('Positive');
    expect(valueText(4)).toBe('4');
    expect(valueText(false)).toBe('false');
    expect(valueText(['a', 'b'])).toBe('a\nb');
    expect(valueText({ score: 4 })).toBe('{\n  "score": 4\n}');
  });
});
