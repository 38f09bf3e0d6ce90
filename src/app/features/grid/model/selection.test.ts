import { describe, expect, it } from 'vitest';
import {
  cellSelection,
  clampSelection,
  edgeCell,
  extendBy,
  isMultiCell,
  moveBy,
  moveTo,
  rangeContains,
  rangeSize,
  selectAll,
  selectionRange,
} from './selection.ts';

const bounds = { rowCount: 10, colCount: 4 };
const at = (row: number, col: number) => cellSelection({ row, col });

describe('selection', () => {
  it('normalises a range drawn in any direction', () => {
    const range = selectionRange({ anchor: { row: 5, col: 3 }, focus: { row: 2, col: 1 } });
    expect(range).toEqual({ top: 2, left: 1, bottom: 5, right: 3 });
    expect(rangeSize(range)).toBe(12);
    expect(rangeContains(range, { row: 3, col: 2 })).toBe(true);
    expect(rangeContains(range, { row: 6, col: 2 })).toBe(false);
  });

  it('moves and collapses, clamped to the grid', () => {
    expect(moveBy(at(0, 0), -1, 0, bounds)).toEqual(at(0, 0));
    expect(moveBy(at(0, 0), 1, 1, bounds)).toEqual(at(1, 1));
    expect(moveBy(at(9, 3), 5, 5, bounds)).toEqual(at(9, 3));
    const extended = extendBy(at(1, 1), 2, 1, bounds);
    expect(moveBy(extended, 0, 1, bounds)).toEqual(at(3, 3));
  });

  it('extends from a fixed anchor', () => {
    const selection = extendBy(extendBy(at(2, 2), 1, 0, bounds), 0, -2, bounds);
    expect(selection).toEqual({ anchor: { row: 2, col: 2 }, focus: { row: 3, col: 0 } });
    expect(isMultiCell(selection)).toBe(true);
    expect(isMultiCell(at(1, 1))).toBe(false);
  });

  it('shift-click keeps the anchor, plain click moves it', () => {
    expect(moveTo(at(1, 1), { row: 4, col: 2 }, bounds, true)).toEqual({
      anchor: { row: 1, col: 1 },
      focus: { row: 4, col: 2 },
    });
    expect(moveTo(at(1, 1), { row: 40, col: -2 }, bounds)).toEqual(at(9, 0));
  });

  it('finds edges and selects everything', () => {
    expect(edgeCell({ row: 4, col: 2 }, 1, 0, bounds)).toEqual({ row: 9, col: 2 });
    expect(edgeCell({ row: 4, col: 2 }, 0, -1, bounds)).toEqual({ row: 4, col: 0 });
    expect(edgeCell({ row: 4, col: 2 }, -1, -1, bounds)).toEqual({ row: 0, col: 0 });
    expect(selectionRange(selectAll(at(3, 3), bounds))).toEqual({ top: 0, left: 0, bottom: 9, right: 3 });
    expect(selectAll(at(0, 0), { rowCount: 0, colCount: 4 })).toEqual(at(0, 0));
  });

  it('clamps after the grid shrinks', () => {
    const selection = { anchor: { row: 8, col: 3 }, focus: { row: 9, col: 3 } };
    expect(clampSelection(selection, { rowCount: 5, colCount: 2 })).toEqual({
      anchor: { row: 4, col: 1 },
      focus: { row: 4, col: 1 },
    });
  });
});
