import { describe, expect, it } from 'vitest';
import type { Column } from '../../../../contract/columns.ts';
import { planPaste } from './paste-plan.ts';

const column = (name: string, dataType: Column['dataType'], config: Column['config'] = {}): Column =>
  ({ id: name, name, displayName: name, dataType, config, required: false, defaultValue: null }) as Column;

const columns = [column('name', 'text'), column('age', 'number'), column('total', 'computed')];
const at = (row: number, col: number) => ({ top: row, left: col, bottom: row, right: col });

describe('planPaste', () => {
  it('adds the rows a paste reaches past the last row', () => {
    const plan = planPaste([['a'], ['b'], ['c']], at(1, 0), columns, 2);
    expect(plan.updates.map((update) => update.row)).toEqual([1]);
    expect(plan.added).toEqual([{ name: 'b' }, { name: 'c' }]);
    expect(plan.range).toEqual({ top: 1, left: 0, bottom: 3, right: 0 });
  });

  it('refuses a bad value alone and keeps the rest of its row', () => {
    const plan = planPaste([['Ben', 'ten']], at(0, 0), columns, 1);
    expect(plan.updates[0]?.values.map((value) => [value.column.name, value.value])).toEqual([
      ['name', 'Ben'],
    ]);
    expect(plan.refused).toMatchObject([{ row: 0, text: 'ten', message: 'Expected a number' }]);
  });

  it('counts values past the last column and values for computed columns', () => {
    const plan = planPaste([['1', '2', 'x', 'y', '']], at(0, 1), columns, 1);
    expect(plan.overflow).toBe(2);
    expect(plan.readOnly).toMatchObject([{ column: { name: 'total' }, count: 1 }]);
    expect(plan.range.right).toBe(2);
  });

  it('fills a larger selection with one value, adding no rows', () => {
    const plan = planPaste([['7']], { top: 0, left: 1, bottom: 2, right: 1 }, columns, 3);
    expect(plan.updates.map((update) => update.values[0]?.value)).toEqual([7, 7, 7]);
    expect(plan.added).toEqual([]);
  });
});
