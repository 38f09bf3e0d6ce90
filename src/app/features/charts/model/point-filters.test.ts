import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../../test/support/column-fixture.ts';
import { pointFilters } from './point-filters.ts';

const columns = [
  columnFixture('status', 'select'),
  columnFixture('tags', 'multiselect'),
  columnFixture('created', 'date'),
  columnFixture('rating', 'number'),
  columnFixture('due', 'computed', { formula: 'created', resultType: 'date' }),
];

describe('pointFilters', () => {
  it('selects the rows of a category, an option, an empty value and a number', () => {
    expect(pointFilters({ type: 'bar', xColumn: 'status' }, columns, 'open')).toEqual([
      { column: 'status', operator: 'eq', value: 'open' },
    ]);
    expect(pointFilters({ type: 'bar', xColumn: 'tags' }, columns, 'bug')).toEqual([
      { column: 'tags', operator: 'contains', value: 'bug' },
    ]);
    expect(pointFilters({ type: 'pie', xColumn: 'status' }, columns, null)).toEqual([
      { column: 'status', operator: 'is_empty' },
    ]);
    expect(pointFilters({ type: 'bar', xColumn: 'rating' }, columns, 5)).toEqual([
      { column: 'rating', operator: 'eq', value: 5 },
    ]); // A computed column reads as its result type: a date formula's point is a day.
    expect(pointFilters({ type: 'bar', xColumn: 'due' }, columns, '2026-12-01')).toEqual([
      { column: 'due', operator: 'gte', value: '2026-12-01' },
      { column: 'due', operator: 'lt', value: '2026-12-02' },
    ]);
  });

  it('turns a date bucket into a range and keeps the chart filters and the series', () => {
    const config = {
      type: 'bar' as const,
      xColumn: 'created',
      dateBucket: 'month' as const,
      groupBy: 'status',
      filters: [{ column: 'rating', operator: 'gte' as const, value: 3 }],
    };
    expect(pointFilters(config, columns, '2026-12-01', 'open')).toEqual([
      { column: 'rating', operator: 'gte', value: 3 },
      { column: 'created', operator: 'gte', value: '2026-12-01' },
      { column: 'created', operator: 'lt', value: '2027-01-01' },
      { column: 'status', operator: 'eq', value: 'open' },
    ]);
    expect(
      pointFilters({ type: 'line', xColumn: 'created', dateBucket: 'week' }, columns, '2026-03-30')[1],
    ).toEqual({
      column: 'created',
      operator: 'lt',
      value: '2026-04-06',
    });
  });
});
