import { describe, expect, it } from 'vitest';
import { moveItem, resizeItem } from './move-item.ts';

const items = ['a', 'b', 'c'].map((chartId) => ({ chartId, w: 1, h: 1 }));

describe('dashboard arrangement', () => {
  it('moves an item to another place', () => {
    expect(moveItem(items, 0, 2).map((item) => item.chartId)).toEqual(['b', 'c', 'a']);
    expect(moveItem(items, 2, 0).map((item) => item.chartId)).toEqual(['c', 'a', 'b']);
    expect(moveItem(items, 0, 5)).toBe(items);
  });

  it('resizes within 1-3 columns and rows', () => {
    expect(resizeItem(items, 'b', { w: 5 })[1]).toEqual({ chartId: 'b', w: 3, h: 1 });
    expect(resizeItem(items, 'b', { h: 0 })[1]).toEqual({ chartId: 'b', w: 1, h: 1 });
  });
});
