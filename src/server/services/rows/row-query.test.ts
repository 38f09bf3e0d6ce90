import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../test/support/column-fixture.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { indexableFilterColumns, sortKeys } from './row-query.ts';

const column = (name: string, dataType: ColumnMeta['dataType']): ColumnMeta => ({
  ...columnFixture(name, dataType),
  storageName: `c_${name}`,
});

const columns = [column('city', 'text'), column('score', 'number'), column('tags', 'multiselect')];

describe('indexableFilterColumns', () => {
  it('puts equality columns before range columns and skips what a b-tree cannot serve', () => {
    const found = indexableFilterColumns(columns, [
      { column: 'score', operator: 'gte', value: 4 },
      { column: 'tags', operator: 'eq', value: 'a' },
      { column: 'city', operator: 'contains', value: 'x' },
      { column: 'city', operator: 'eq', value: 'Paris' },
    ]);
    expect(found.map((c) => c.name)).toEqual(['city', 'score']);
  });
});

describe('sortKeys', () => {
  it('sorts text case-insensitively with a byte-wise tie-break, empty values last', () => {
    expect(sortKeys(columns, [{ column: 'city', direction: 'desc' }])).toEqual([
      '(lower("c_city")) COLLATE "C" DESC NULLS LAST',
      '("c_city") COLLATE "C" DESC',
    ]);
    expect(sortKeys(columns, [{ column: 'score', direction: 'asc' }])).toEqual([
      '("c_score") ASC NULLS LAST',
    ]);
  });

  it('refuses unknown columns', () => {
    expect(() => sortKeys(columns, [{ column: 'nope', direction: 'asc' }])).toThrow('Invalid sort');
  });
});
