import type { RowHook } from '../store/row-hooks.ts';
import { computeRow, formulaPlan } from './formula-plan.ts';

/** Computed columns are derived from the row's other values whenever a row is written, by anyone. */
export const formulaRowHook: RowHook = {
  name: 'formulas',
  derive: (table, data) => computeRow(formulaPlan(table.columns), data),
};
