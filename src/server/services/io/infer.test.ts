import { describe, expect, it } from 'vitest';
import { inferType } from './infer.ts';

describe('type inference', () => {
  it('reads each type from text as a CSV gives it', () => {
    expect(inferType(['4.5', '-3', '1,200', ''])).toBe('number');
    expect(inferType(['true', 'No', 'YES'])).toBe('boolean');
    expect(inferType(['2026-04-03', '2026-04-03T10:00:00Z'])).toBe('date');
    expect(inferType(['https://acme.example', 'http://x.example/a?b=1'])).toBe('url');
    expect(inferType(['ceo@acme.example'])).toBe('email');
    expect(inferType(['+1 555 123 4567', '(555) 123-4567', '020 7946 0958'])).toBe('phone');
    expect(inferType(['{"a": 1}', '[1, 2]'])).toBe('json');
    expect(inferType(['https://x.io/a.png', 'http://x.io/b.JPG?size=2'])).toBe('image');
    expect(inferType(['https://x.io/a.png', 'https://x.io/page'])).toBe('url');
  });

  it('keeps text when one value does not fit, when values are codes with leading zeros, or dates are ambiguous', () => {
    expect(inferType(['1', '2', 'three'])).toBe('text');
    expect(inferType(['02139', '10001'])).toBe('text');
    expect(inferType(['03/04/2026'])).toBe('text');
    expect(inferType(['5551234567', '+1 555 123 4567'])).toBe('text');
    expect(inferType(['{not json'])).toBe('text');
    expect(inferType(['', null])).toBe('text');
  });

  it('takes typed JSON and spreadsheet values as they are', () => {
    expect(inferType([1, 2.5, null])).toBe('number');
    expect(inferType([true, false])).toBe('boolean');
    expect(inferType([['a', 'b'], ['c']])).toBe('multiselect');
    expect(inferType([['https://x.io/a.png', 'https://x.io/b.webp']])).toBe('images');
    expect(inferType([{ a: 1 }, [1, { b: 2 }]])).toBe('json');
  });

  it("reads a CSV export's neutralised values without their quote, as the import will", () => {
    const exported = ["'+1 555 123 4567", '(020) 7946-0958 x12'];
    expect(inferType(exported, true)).toBe('phone');
    // JSON files hold data, not an export's quotes: the quote is part of the text there.
    expect(inferType(exported, false)).toBe('text');
  });
});
