import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../test/support/column-fixture.ts';
import { cellTextReader, unreadableText } from './cell-text.ts';

describe('text typed for a cell', () => {
  it('refuses text that is not JSON in a JSON column instead of storing it as a JSON string', () => {
    const data = columnFixture('data', 'json');
    expect(unreadableText('gold', data)).toBe('Not valid JSON (text needs its quotes: "hello")');
    expect(unreadableText('"gold"', data)).toBeUndefined();
    expect(unreadableText('', data)).toBeUndefined();
    expect(cellTextReader(data)('{"tier":"gold"}')).toEqual({ value: { tier: 'gold' } });
    expect(cellTextReader(data)('{tier: gold}')).toEqual({
      error: 'Not valid JSON (text needs its quotes: "hello")',
    });
  });

  it('says what an images cell takes, not that a string is not an array', () => {
    const gallery = columnFixture('gallery', 'images');
    expect(cellTextReader(gallery)('https://x.io/a.png, ftp://x.io/b.png')).toEqual({
      error: 'Expected http(s) image URLs, separated by commas',
    });
  });

  it('leaves other types to the server, which explains the refusal at the field', () => {
    expect(unreadableText('lots', columnFixture('score', 'number'))).toBeUndefined();
  });
});
