import { useCallback } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { useColumnActions } from '../api/use-column-actions.ts';
import { useGridStore } from '../store/grid-store.ts';

/** The column order after moving one column before or after another. */
function movedOrder(ids: string[], moved: string, target: string, after: boolean): string[] {
  const rest = ids.filter((id) => id !== moved);
  const at = rest.indexOf(target);
  if (at < 0) return ids;
  rest.splice(after ? at + 1 : at, 0, moved);
  return rest;
}

/** Moves a column next to another (a header dropped on a header) and saves the table's order. */
export function useColumnMove(table: Table) {
  const { reorder } = useColumnActions(table.id);
  const mutate = reorder.mutate;
  return useCallback(
    (moved: string, target: string, after: boolean) => {
      const order = movedOrder(
        table.columns.map((column) => column.id),
        moved,
        target,
        after,
      );
      mutate(order, {
        onError: (error) =>
          useGridStore
            .getState()
            .notify({ text: `Could not move the column: ${errorText(error)}`, tone: 'error' }),
      });
    },
    [table.columns, mutate],
  );
}
