import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useEffect } from 'react';
import { cellText } from '../../../lib/cell-text.ts';
import type { GridModel } from '../model/grid-model.ts';
import { selectionRange } from '../model/selection.ts';
import { formatTsv } from '../model/tsv.ts';
import { useGridStore } from '../store/grid-store.ts';
import { pasteText } from './paste-text.ts';
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
 * Copy and paste through the browser's clipboard events, which reach the focused grid for Ctrl+C
 * and Ctrl+V (and the Edit menu) without asking for clipboard permission.
 */
export function useGridClipboard(gridRef: RefObject<HTMLElement | null>, model: RefObject<GridModel>) {
  const queryClient = useQueryClient();
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
    const onPaste = (event: ClipboardEvent) => {
      if (!owns()) return;
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      void pasteText(model.current, queryClient, text);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [gridRef, model, queryClient]);
}
