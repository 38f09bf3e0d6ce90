import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorText } from '../../../api/api-client.ts';
import { getRowHistory } from '../../../api/history/get-row-history.ts';
import { rollbackRow } from '../../../api/history/rollback-row.ts';
import { deleteRows, restoreRows } from '../../../api/rows/delete-rows.ts';
import { refreshRows, replaceCachedRows } from '../../../api/rows/row-cache.ts';
import { useGridStore } from '../store/grid-store.ts';
import { type EditStep, useUndoStore } from '../store/undo-store.ts';

/**
 * Rolls each row of a step back to the history entry of one of its versions; rows the step added
 * are deleted on undo and restored on redo.
 */
async function rollStep(step: EditStep, pick: 'before' | 'after') {
  const added = step.added ?? [];
  if (added.length > 0) {
    if (pick === 'before') await deleteRows(step.tableId, added);
    else await restoreRows(step.tableId, added);
  }
  return Promise.all(
    step.changes.map(async (change) => {
      const history = await getRowHistory(step.tableId, change.rowId);
      const entry = history.find((candidate) => candidate.version === change[pick]);
      if (!entry) throw new Error('That version is no longer in the row history');
      return rollbackRow({ tableId: step.tableId, rowId: change.rowId, historyEntryId: entry.id });
    }),
  );
}

/**
 * Undo and redo of your own edits through history rollback: undo puts each row back to the
 * version before the edit, redo to the version the edit made. Rows then show the rolled-back data.
 */
export function useUndo(tableId: string) {
  const queryClient = useQueryClient();
  const run = useCallback(
    async (direction: 'undo' | 'redo') => {
      const store = useUndoStore.getState();
      const step = direction === 'undo' ? store.popUndo(tableId) : store.popRedo(tableId);
      const { notify } = useGridStore.getState();
      if (!step) {
        notify({ text: direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo', tone: 'info' });
        return;
      }
      try {
        const rows = await rollStep(step, direction === 'undo' ? 'before' : 'after');
        replaceCachedRows(queryClient, tableId, rows);
        if (step.added?.length) await refreshRows(queryClient, tableId);
        if (direction === 'undo') useUndoStore.getState().pushRedo(step);
        else useUndoStore.getState().pushUndo(step);
      } catch (error) {
        notify({ text: `Could not ${direction}: ${errorText(error)}`, tone: 'error' });
      }
    },
    [queryClient, tableId],
  );
  return { undo: useCallback(() => run('undo'), [run]), redo: useCallback(() => run('redo'), [run]) };
}
