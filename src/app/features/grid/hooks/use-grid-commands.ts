import { type RefObject, useMemo } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import { hasCellDetail } from '../../../lib/cell-detail.ts';
import { isWritable } from '../../../lib/cell-text.ts';
import { usePanelStore } from '../../../store/panel-store.ts';
import type { GridModel } from '../model/grid-model.ts';
import { type CellRange, selectionRange } from '../model/selection.ts';
import { useGridStore } from '../store/grid-store.ts';
import type { CellChange } from './use-cell-updates.ts';

/** Most rows one clear or fill writes: each row is a request. */
export const MAX_BULK_ROWS = 1000;

/**
 * The changes that set every writable cell of a range through `valueFor`; rows scrolled past and
 * not loaded are fetched first, so a clear or fill of a long range reaches all of it.
 */
async function rangeChanges(
  model: GridModel,
  range: CellRange,
  valueFor: (row: number, col: number) => unknown,
): Promise<CellChange[]> {
  const changes: CellChange[] = [];
  const bottom = Math.min(range.bottom, range.top + MAX_BULK_ROWS - 1);
  if (bottom < range.bottom)
    useGridStore.getState().notify({
      text: `Only the first ${countText(MAX_BULK_ROWS, 'row')} of the selection were changed; select the rest to go on`,
      tone: 'error',
    });
  const rows = await model.loadRows(range.top, bottom);
  for (let index = range.top; index <= bottom; index++) {
    const row = rows[index - range.top];
    if (!row) continue;
    for (let col = range.left; col <= range.right; col++) {
      const column = model.columns[col]?.column;
      if (column && isWritable(column)) changes.push({ row, column, value: valueFor(index, col) });
    }
  }
  return changes;
}

async function apply(model: GridModel, pending: CellChange[] | Promise<CellChange[]>) {
  const changes = await pending;
  if (changes.length === 0) return;
  const refused = await model.updateCells(changes);
  const first = refused[0];
  if (first) {
    const more = refused.length > 1 ? ` (and ${refused.length - 1} more)` : '';
    useGridStore
      .getState()
      .notify({ text: `${first.columnName ?? 'Value'}: ${first.message}${more}`, tone: 'error' });
  }
}

/**
 * Delete (clear the range), Ctrl+D (fill the range's first row down), Space (toggle a checkbox) and
 * Alt+Enter (an AI cell's detail).
 */
export function useGridCommands(model: RefObject<GridModel>) {
  return useMemo(
    () => ({
      clear: () => {
        const selection = useGridStore.getState().selection;
        if (!selection) return;
        void apply(
          model.current,
          rangeChanges(model.current, selectionRange(selection), () => null),
        );
      },
      fillDown: () => {
        const selection = useGridStore.getState().selection;
        if (!selection) return;
        const range = selectionRange(selection);
        const source = model.current.rowAt(range.top);
        if (!source || range.bottom === range.top) return;
        const below = { ...range, top: range.top + 1 };
        void apply(
          model.current,
          rangeChanges(model.current, below, (_row, col) => {
            const column = model.current.columns[col]?.column;
            return column ? (source.data[column.name] ?? null) : null;
          }),
        );
      },
      toggle: () => {
        const focus = useGridStore.getState().selection?.focus;
        const row = focus && model.current.rowAt(focus.row);
        const column = focus && model.current.columns[focus.col]?.column;
        if (!row || !column) return;
        void apply(model.current, [{ row, column, value: row.data[column.name] !== true }]);
      },
      openDetails: () => {
        const focus = useGridStore.getState().selection?.focus;
        const row = focus && model.current.rowAt(focus.row);
        const column = focus && model.current.columns[focus.col]?.column;
        if (!row || !column || !hasCellDetail(column, row)) return;
        const { tableId } = model.current;
        usePanelStore.getState().openPanel({ kind: 'cell', tableId, rowId: row.id, column: column.name });
      },
    }),
    [model],
  );
}
