import { describe, expect, it } from 'vitest';
import { exportUrl } from './export-url.ts';

describe('export address', () => {
  it('is the whole table by default and carries the view when asked', () => {
    expect(exportUrl('t 1', 'csv')).toBe('/api/tables/t%201/export?format=csv');
    const url = new URL(
      exportUrl('t', 'xlsx', {
        filters: [{ column: 'a', operator: 'eq', value: 1 }],
        sorts: [],
        search: ' acme ',
        columns: ['b', 'a'],
      }),
      'http://x',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'xlsx',
      filters: '[{"column":"a","operator":"eq","value":1}]',
      search: 'acme',
      columns: '["b","a"]',
    });
  });
});
