import type { CellHook } from '../store/cell-hooks.ts';
import {
  aiColumnErrors,
  applyAiColumnChange,
  deleteAiCells,
  readersOf,
  withRenamedReferences,
} from './ai-columns.ts';
import { newRowCells, withCells } from './cell-states.ts';
import { lockEditedCells } from './person-edits.ts';

/**
 * The AI engine as the row, column and table services see it (registered on the store at startup):
 * AI cells' states with their rows, a person's value locking its cell, and the rules and upkeep of AI
 * columns (prompts that must name real columns, renames carried into prompts, stale answers after a
 * prompt change, cells gone with their column).
 */
export const aiCellHook: CellHook = {
  name: 'ai',
  withStates: withCells,
  newRowStates: newRowCells,
  personWrote: (tx, { table, row, columns }) => lockEditedCells(tx, table, row.id, columns),
  columnErrors: aiColumnErrors,
  followRename: withRenamedReferences,
  readersOf: (name, columns) => readersOf(name, columns).map((reader) => reader.name),
  columnChanged: applyAiColumnChange,
  columnDeleted: deleteAiCells,
};
