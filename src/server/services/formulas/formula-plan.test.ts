import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../test/support/column-fixture.ts';
import type { Column } from '../../../contract/columns.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { computeRow, formulaPlan } from './formula-plan.ts';

const meta = (column: Column): ColumnMeta => ({ ...column, storageName: `c_${column.name}` });
const computed = (name: string, formula: string, resultType?: string): ColumnMeta => ({
  ...meta(columnFixture(name, 'computed')),
  dataType: 'computed',
  config: { formula, ...(resultType && { resultType }) },
});
const base = ['price', 'qty'].map((name) => meta(columnFixture(name, 'number')));
const dates = ['ordered', 'shipped'].map((name) => meta(columnFixture(name, 'date')));
const texts = ['customer', 'country'].map((name) => meta(columnFixture(name, 'text')));
const tags = meta(columnFixture('tags', 'multiselect'));

const run = (formula: string, data: Record<string, unknown>) =>
  computeRow(formulaPlan([...base, ...dates, ...texts, tags, computed('f', formula)]), data).f;

describe('formula evaluation', () => {
  it('does arithmetic, with empty values giving empty results', () => {
    expect(run('price * qty + 1', { price: 2, qty: 3 })).toBe(7);
    expect(run('price * qty', { price: 2, qty: null })).toBeNull();
    expect(run('round(price / qty, 2)', { price: 10, qty: 3 })).toBe(3.33);
    expect(run('round(price, 2)', { price: 1.005 })).toBe(1.01);
    expect(run('-price % 3', { price: 7 })).toBe(-1);
  });

  it('joins text, empty as nothing, dates as days, lists with commas', () => {
    expect(run('customer & " (" & upper(country) & ")"', { customer: 'Acme', country: 'fr' })).toBe(
      'Acme (FR)',
    );
    expect(run('customer & country', { customer: 'Acme', country: null })).toBe('Acme');
    expect(run('"due " & ordered', { ordered: '2026-04-03T00:00:00.000Z' })).toBe('due 2026-04-03');
    expect(run('concat(tags)', { tags: ['a', 'b'] })).toBe('a, b');
    expect(run('left(customer, 2) & right(customer, 1) & len(customer)', { customer: 'Acme' })).toBe('Ace4');
  });

  it('counts whole days, weeks and calendar months between dates', () => {
    const data = { ordered: '2026-01-31T00:00:00.000Z', shipped: '2026-03-30T12:00:00.000Z' };
    expect(run('date_diff(shipped, ordered)', data)).toBe(58);
    expect(run('date_diff(shipped, ordered, "weeks")', data)).toBe(8);
    expect(run('date_diff(shipped, ordered, "months")', data)).toBe(1);
    expect(run('date_diff(ordered, shipped, "month")', data)).toBe(-1);
    expect(run('date_add(ordered, 1, "months")', data)).toBe('2026-03-03T00:00:00.000Z');
    expect(run('year(ordered) * 100 + month(ordered)', data)).toBe(202601);
    expect(run('shipped > "2026-03-01"', data)).toBe(true);
  });

  it('evaluates only the branch a condition takes', () => {
    expect(run('if(qty == 0, 0, price / qty)', { price: 1, qty: 0 })).toBe(0);
    expect(run('qty > 2 ? "many" : "few"', { qty: 3 })).toBe('many');
    expect(run('coalesce(country, customer, "?")', { customer: 'Acme' })).toBe('Acme');
    expect(run('and(price > 1, is_empty(country))', { price: 2 })).toBe(true);
    expect(run('customer == "ACME"', { customer: 'acme' })).toBe(true);
  });

  it('aggregates over values and lists, skipping empty ones', () => {
    expect(run('sum(price, qty, 1)', { price: 2, qty: null })).toBe(3);
    expect(run('avg(price, qty)', { price: 2, qty: 4 })).toBe(3);
    expect(run('max(price, qty)', { price: 2, qty: 4 })).toBe(4);
    expect(run('count(tags, customer)', { tags: ['a', 'b'], customer: 'x' })).toBe(3);
  });

  it('keeps a failure on the cell and lets the next formulas say so', () => {
    const plan = formulaPlan([...base, computed('unit', 'price / qty'), computed('twice', 'unit * 2')]);
    expect(computeRow(plan, { price: 1, qty: 0 })).toMatchObject({
      unit: { error: 'Division by zero' },
      twice: { error: 'Column "unit" has an error: Division by zero' },
    });
    expect(run('sqrt(price)', { price: -1 })).toEqual({ error: 'sqrt() of a negative number' });
    expect(run('date_diff(ordered, ordered, "fortnights")', { ordered: '2026-01-01' })).toMatchObject({
      error: expect.stringMatching(/Unknown unit/),
    });
  });
});
