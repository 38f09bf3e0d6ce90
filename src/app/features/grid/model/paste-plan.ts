import type { Column } from '../../../../contract/columns.ts';
import type { RowData } from '../../../../contract/rows.ts';
import { cellTextReader, isWritable, type ReadValue } from '../../../lib/cell-text.ts';
import type { CellRange } from './selection.ts';

/** Most rows one paste writes (changed and added together): each changed row is a request. */
export const MAX_PASTE_ROWS = 1000;

/** A pasted value the column cannot take: where (row position, column) and why. */
export interface PasteRefusal {
  row: number;
  column: Column;
  text: string;
  message: string;
}

/** One existing row's pasted values. */
export interface PasteUpdate {
  row: number;
  values: { column: Column; value: unknown }[];
}

/**
 * What a paste will do, worked out before anything is sent: which existing rows change, which rows
 * are added below the last, and every value that will not be written and why, so nothing is
 * dropped without a word.
 */
export interface PastePlan {
  /** The cells the paste covers (added rows included), for the selection afterwards. */
  range: CellRange;
  updates: PasteUpdate[];
  /** Data of the rows to add after the last row, in order (the paste reached past the end). */
  added: RowData[];
  refused: PasteRefusal[];
  /** Values past the last column: the paste was wider than the columns to the right. */
  overflow: number;
  /** Columns in the paste that people cannot write (computed), with the values they lost. */
  readOnly: { column: Column; count: number }[];
  /** Lines past MAX_PASTE_ROWS, left out. */
  cutLines: number;
}

/**
 * Plans pasting TSV cells at a selection: from its top-left, growing right and down as far as the
 * text reaches and adding the rows the table lacks (as Sheets and Airtable do); one value over a
 * larger selection fills all of it. Each value is read and checked for its column here, so a
 * refused value costs only itself, never the rest of its row.
 */
export function planPaste(
  cells: string[][],
  selection: CellRange,
  columns: readonly Column[],
  rowCount: number,
): PastePlan {
  const single = cells.length === 1 && cells[0]?.length === 1;
  const lines = single ? selection.bottom - selection.top + 1 : cells.length;
  const height = Math.min(lines, MAX_PASTE_ROWS);
  const width = single ? selection.right - selection.left + 1 : Math.max(...cells.map((line) => line.length));
  const fits = Math.min(width, columns.length - selection.left);
  const readers = new Map<Column, (text: string) => ReadValue>();
  const readerOf = (column: Column) => {
    const known = readers.get(column);
    if (known) return known;
    const reader = cellTextReader(column);
    readers.set(column, reader);
    return reader;
  };
  const plan: PastePlan = {
    range: {
      top: selection.top,
      left: selection.left,
      bottom: selection.top + height - 1,
      right: selection.left + Math.max(0, fits - 1),
    },
    updates: [],
    added: [],
    refused: [],
    overflow: 0,
    readOnly: [],
    cutLines: lines - height,
  };
  const readOnly = new Map<Column, number>();
  for (let r = 0; r < height; r++) {
    const row = selection.top + r;
    const line = single ? Array.from({ length: width }, () => cells[0]?.[0] ?? '') : (cells[r] ?? []);
    const values: PasteUpdate['values'] = [];
    line.forEach((text, c) => {
      const column = columns[selection.left + c];
      if (!column) {
        if (text !== '') plan.overflow++;
        return;
      }
      if (!isWritable(column)) {
        if (text !== '') readOnly.set(column, (readOnly.get(column) ?? 0) + 1);
        return;
      }
      const read = readerOf(column)(text);
      if ('error' in read) plan.refused.push({ row, column, text, message: read.error });
      else values.push({ column, value: read.value });
    });
    if (row < rowCount) plan.updates.push({ row, values });
    else plan.added.push(Object.fromEntries(values.map(({ column, value }) => [column.name, value])));
  }
  plan.readOnly = [...readOnly].map(([column, count]) => ({ column, count }));
  return plan;
}
