import { describe, expect, it } from 'vitest';
import { diffData } from './diff-data.ts';

describe('diffData', () => {
  it('lists changed columns in column order', () => {
    const changes = diffData({ a: 1, b: 'x', c: [1] }, { a: 2, b: 'x', c: [1, 2] }, ['c', 'b', 'a']);
    expect(changes.map((change) => change.column)).toEqual(['c', 'a']);
    expect(changes[1]).toEqual({ column: 'a', before: 1, after: 2 });
  });

  it('treats null, missing, empty text and empty lists as the same empty value', () => {
    expect(diffData({ a: null, b: '' }, { a: '', c: [] })).toEqual([]);
  });

  it('counts every value of a new row as a change', () => {
    expect(diffData(undefined, { a: 1, b: null })).toEqual([{ column: 'a', before: null, after: 1 }]);
  });
});
