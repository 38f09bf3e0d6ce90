import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../../test/support/column-fixture.ts';
import type { Column } from '../../../../contract/columns.ts';
import { complete } from './autocomplete.ts';

const columns: Column[] = [
  columnFixture('price', 'number'),
  { ...columnFixture('Unit price', 'number'), displayName: 'Unit price' },
  columnFixture('qty', 'number'),
  columnFixture('total', 'computed'),
];

describe('formula autocomplete', () => {
  it('offers columns and functions starting with the word at the caret', () => {
    const result = complete('round(p', 7, columns, 'total');
    expect(result).toMatchObject({ from: 6, to: 7 });
    expect(result?.items.map((item) => item.insert)).toEqual(['price', 'pow(']);
  });

  it('puts names that are not identifiers in braces, and completes inside braces', () => {
    expect(complete('un', 2, columns)?.items.map((item) => item.insert)).toEqual(['{Unit price}']);
    const braced = complete('{pri}', 4, columns);
    expect(braced).toMatchObject({ from: 0, to: 5 });
    expect(braced?.items.map((item) => item.insert)).toEqual(['{price}', '{Unit price}']);
  });

  it('leaves the formula’s own column out and offers nothing inside strings', () => {
    expect(complete('tot', 3, columns, 'total')).toBeNull();
    expect(complete('"pri', 4, columns)).toBeNull();
  });
});
