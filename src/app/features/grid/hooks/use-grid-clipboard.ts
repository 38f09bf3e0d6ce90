import { type RefObject, useEffect } from 'react';
import { cellText, isWritable, parseCellText } from '../../../lib/cell-text.ts';
import type { GridModel } from '../model/grid-model.ts';
import { selectionRange } from '../model/selection.ts';
import { formatTsv, parseTsv } from '../model/tsv.ts';
import { useGridStore } from '../store/grid-store.ts';
import type { CellChange } from './use-cell-updates.ts';
import { MAX_BULK_ROWS } from './use-grid-commands.ts';

/** Copies the selected range as TSV; rows not loaded yet copy as empty cells. */
function copyText(model: GridModel): string | undefined {
  const selection = useGridStore.getState().selection;
  if (!selection) return undefined;
  const range = selectionRange(selection);
  const lines: string[][] = [];
  const bottom = Math.min(range.bottom, range.top + 10 * MAX_BULK_ROWS - 1);
  for (let index = range.top; index <= bottom; index++) {
    const row = model.rowAt(index);
    const line: string[] = [];
    for (let col = range.left; col <= range.right; col++) {
      const column = model.columns[col]?.column;
      line.push(row && column ? cellText(row.data[column.name], column) : '');
    }
    lines.push(line);
  }
  return formatTsv(lines);
}

/**
 * Changes for pasted TSV, from the top-left of the selection and growing right and down as far as
 * the text reaches; one pasted value over a larger selection fills all of it.
 */
function pasteChanges(model: GridModel, text: string): CellChange[] {
  const selection = useGridStore.getState().selection;
  const cells = parseTsv(text);
  if (!selection || cells.length === 0) return [];
  const range = selectionRange(selection);
  const single = cells.length === 1 && cells[0]?.length === 1;
  const height = single ? range.bottom - range.top + 1 : cells.length;
  const width = single ? range.right - range.left + 1 : Math.max(...cells.map((line) => line.length));
  const changes: CellChange[] = [];
  for (let r = 0; r < Math.min(height, MAX_BULK_ROWS); r++) {
    const row = model.rowAt(range.top + r);
    if (!row) continue;
    for (let c = 0; c < width; c++) {
      const column = model.columns[range.left + c]?.column;
      const value = single ? cells[0]?.[0] : cells[r]?.[c];
      if (!column || !isWritable(column) || value === undefined) continue;
      changes.push({ row, column, value: parseCellText(value, column) });
    }
  }
  const bottom = Math.min(model.rowCount - 1, range.top + height - 1);
  const right = Math.min(model.columns.length - 1, range.left + width - 1);
  useGridStore
    .getState()
    .select({ anchor: { row: range.top, col: range.left }, focus: { row: bottom, col: right } });
  return changes;
}

/**
 * Copy and paste through the browser's clipboard events, which reach the focused grid for Ctrl+C
 * and Ctrl+V (and the Edit menu) without asking for clipboard permission.
 */
export function useGridClipboard(gridRef: RefObject<HTMLElement | null>, model: RefObject<GridModel>) {
  useEffect(() => {
    const owns = () => {
      const grid = gridRef.current;
      return !!grid && document.activeElement === grid && !useGridStore.getState().editing;
    };
    const onCopy = (event: ClipboardEvent) => {
      if (!owns()) return;
      const text = copyText(model.current);
      if (text === undefined) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = async (event: ClipboardEvent) => {
      if (!owns()) return;
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      const refused = await model.current.updateCells(pasteChanges(model.current, text));
      const first = refused[0];
      if (first)
        useGridStore.getState().notify({
          text: `Some values were refused — ${first.columnName ?? 'value'}: ${first.message}`,
          tone: 'error',
        });
    };
    const onPasteEvent = (event: ClipboardEvent) => void onPaste(event);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPasteEvent);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPasteEvent);
    };
  }, [gridRef, model]);
}
