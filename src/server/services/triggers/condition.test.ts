import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../test/support/column-fixture.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { matchesCondition } from './condition.ts';

const columns: ColumnMeta[] = (
  [
    ['customer', 'text'],
    ['rating', 'number'],
    ['due', 'date'],
    ['tags', 'multiselect'],
    ['active', 'boolean'],
  ] as const
).map(([name, type]) => ({ ...columnFixture(name, type), storageName: `c_${name}` }));

const row = {
  customer: 'Acme Corp',
  rating: 4,
  due: '2026-04-03T15:00:00.000Z',
  tags: ['vip'],
  active: true,
};
const holds = (condition: Parameters<typeof matchesCondition>[2]) =>
  matchesCondition(columns, row, condition);

describe('trigger conditions', () => {
  it('hold without a condition, and for one filter or a list that must all hold', () => {
    expect(holds(null)).toBe(true);
    expect(holds({ column: 'rating', operator: 'gte', value: 4 })).toBe(true);
    expect(
      holds([
        { column: 'rating', operator: 'gte', value: 4 },
        { column: 'customer', operator: 'contains', value: 'corp' },
      ]),
    ).toBe(true);
    expect(
      holds([
        { column: 'rating', operator: 'gte', value: 4 },
        { column: 'customer', operator: 'starts_with', value: 'glo' },
      ]),
    ).toBe(false);
  });

  it('read filters as the rows API does', () => {
    expect(holds({ column: 'rating', operator: 'eq', value: '4' })).toBe(true);
    expect(holds({ column: 'due', operator: 'eq', value: '2026-04-03' })).toBe(true);
    expect(holds({ column: 'due', operator: 'lt', value: '2026-04-03' })).toBe(false);
    expect(holds({ column: 'tags', operator: 'contains', value: 'vip' })).toBe(true);
    expect(holds({ column: 'tags', operator: 'in', value: ['new', 'vip'] })).toBe(true);
    expect(holds({ column: 'active', operator: 'eq', value: true })).toBe(true);
    expect(holds({ column: 'customer', operator: 'is_empty' })).toBe(false);
    expect(matchesCondition(columns, { rating: null }, { column: 'rating', operator: 'neq', value: 4 })).toBe(
      true,
    );
    expect(matchesCondition(columns, { rating: null }, { column: 'rating', operator: 'lt', value: 4 })).toBe(
      false,
    );
  });

  it('never hold on a column that no longer exists', () => {
    expect(holds({ column: 'gone', operator: 'is_empty' })).toBe(false);
  });
});

describe('trigger conditions on computed columns', () => {
  it('compare numbers a formula gives as numbers', () => {
    const total: ColumnMeta = {
      ...columnFixture('total', 'computed'),
      dataType: 'computed',
      config: { formula: 'a * b', resultType: 'number' },
      storageName: 'c_total',
    };
    const over100 = { column: 'total', operator: 'gte' as const, value: 100 };
    expect(matchesCondition([total], { total: 5 }, over100)).toBe(false);
    expect(matchesCondition([total], { total: 150 }, over100)).toBe(true);
    expect(matchesCondition([total], { total: { error: 'Division by zero' } }, over100)).toBe(false);
  });
});
