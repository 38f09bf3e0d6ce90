import type { CellHook } from '../store/cell-hooks.ts';
import { verifyEditedCells } from './verified-marks.ts';

/** Typing over an AI answer corrects it: the column learns from the person's value (verified-marks.ts). */
export const verifiedCellHook: CellHook = {
  name: 'verified answers',
  personWrote: (tx, { table, row, columns, actor }) => verifyEditedCells(tx, table, row, columns, actor),
};
