import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import type { Row, RowData } from '../../../../contract/rows.ts';
import { errorText, isApiError } from '../../../api/api-client.ts';
import { replaceCachedRows } from '../../../api/rows/row-cache.ts';
import { updateRow } from '../../../api/rows/update-row.ts';
import { isWritable } from '../../../lib/cell-text.ts';
import { useGridStore } from '../store/grid-store.ts';
import { type RowChange, useUndoStore } from '../store/undo-store.ts';

/** One cell to change: the row as cached, its column, the new value. */
export interface CellChange {
  row: Row;
  column: Column;
  value: unknown;
}

/** A change the server refused for a bad value: which row and column, and its message. */
export interface RefusedChange {
  rowId: string;
  columnName: string | undefined;
  message: string;
}

/** The whole row as the PATCH sends it: every writable column, computed ones left out. */
function fullData(row: Row, columns: Column[], changes: CellChange[]): RowData {
  const data: RowData = {};
  for (const column of columns) if (isWritable(column)) data[column.name] = row.data[column.name] ?? null;
  for (const change of changes) data[change.column.name] = change.value;
  return data;
}

/** The columns a 400's details name as refused (`data.<column>`), or the change's own column. */
function refusedOf(error: unknown, row: Row, rowChanges: CellChange[]): RefusedChange[] {
  if (!isApiError(error, 400)) return [];
  const details = error.details.length > 0 ? error.details : [{ path: '', message: error.message }];
  return details.map((detail) => ({
    rowId: row.id,
    columnName: detail.path.startsWith('data.') ? detail.path.slice(5) : rowChanges[0]?.column.name,
    message: detail.message,
  }));
}

/** A PATCH of one row; when the server refuses some of its values, once more without them. */
async function writeRow(tableId: string, columns: Column[], row: Row, rowChanges: CellChange[]) {
  const send = (changes: CellChange[]) =>
    updateRow({ tableId, rowId: row.id, data: fullData(row, columns, changes), version: row.version });
  try {
    return { saved: await send(rowChanges), refused: [] };
  } catch (error) {
    const refused = refusedOf(error, row, rowChanges);
    const names = new Set(refused.map((item) => item.columnName));
    const kept = rowChanges.filter((change) => !names.has(change.column.name));
    // Only when every refusal names one of the changed columns is the rest of the row still good.
    const named = refused.every((item) =>
      rowChanges.some((change) => change.column.name === item.columnName),
    );
    if (refused.length === 0 || !named || kept.length === 0) throw error;
    return { saved: await send(kept), refused };
  }
}

/** What a write of cell changes records beside the rows it changed. */
export interface UpdateOptions {
  /** Rows added for these changes (a paste past the last row), undone in the same step. */
  added?: string[];
}

/**
 * Writes cell changes: the cached blocks show them at once, one PATCH per row goes out (all in
 * parallel), and each row then takes the server's answer. A refused value costs only itself: the
 * row is sent again without it, and the refusal is returned for the caller to show; a version
 * conflict loads the row as it now is. The whole write is one undo step.
 */
export function useCellUpdates(tableId: string, columns: Column[]) {
  const queryClient = useQueryClient();
  return useCallback(
    async (changes: CellChange[], options: UpdateOptions = {}): Promise<RefusedChange[]> => {
      const byRow = new Map<string, CellChange[]>();
      for (const change of changes) byRow.set(change.row.id, [...(byRow.get(change.row.id) ?? []), change]);
      const planned = [...byRow.values()].map((rowChanges) => {
        const row = (rowChanges[0] as CellChange).row;
        return { row, rowChanges, data: fullData(row, columns, rowChanges) };
      });
      replaceCachedRows(
        queryClient,
        tableId,
        planned.map(({ row, data }) => ({ ...row, data: { ...row.data, ...data } })),
      );
      const results = await Promise.allSettled(
        planned.map(({ row, rowChanges }) => writeRow(tableId, columns, row, rowChanges)),
      );
      const refused: RefusedChange[] = [];
      const done: RowChange[] = [];
      const { notify } = useGridStore.getState();
      results.forEach((result, i) => {
        const { row, rowChanges } = planned[i] as (typeof planned)[number];
        if (result.status === 'fulfilled') {
          replaceCachedRows(queryClient, tableId, [result.value.saved]);
          refused.push(...result.value.refused);
          done.push({ rowId: row.id, before: row.version, after: result.value.saved.version });
          return;
        }
        const error = result.reason;
        const current = isApiError(error, 409) ? (error.body as { current?: Row }).current : undefined;
        replaceCachedRows(queryClient, tableId, [current ?? row]);
        if (current) notify({ text: 'Row changed elsewhere — reloaded', tone: 'info' });
        else if (isApiError(error, 400)) refused.push(...refusedOf(error, row, rowChanges));
        else notify({ text: `Could not save: ${errorText(error)}`, tone: 'error' });
      });
      const added = options.added ?? [];
      if (done.length > 0 || added.length > 0)
        useUndoStore.getState().record({ tableId, changes: done, ...(added.length > 0 && { added }) });
      return refused;
    },
    [queryClient, tableId, columns],
  );
}
