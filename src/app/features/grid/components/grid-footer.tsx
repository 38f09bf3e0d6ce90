import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { addRows } from '../../../api/rows/add-rows.ts';
import { deleteRows, restoreRows } from '../../../api/rows/delete-rows.ts';
import { refreshRows } from '../../../api/rows/row-cache.ts';
import { useGridStore } from '../store/grid-store.ts';
import { GridNotice } from './grid-notice.tsx';

export interface GridFooterProps {
  table: Table;
  rowCount: number;
  loadError: unknown;
  jumpToRow: (index: number) => void;
  /** Gives the keyboard to the grid, so typing after Add row goes into the new row. */
  focusGrid: () => void;
}

/** Below the grid: the row count, Add row, Delete for ticked rows, and the grid's notices. */
export function GridFooter({ table, rowCount, loadError, jumpToRow, focusGrid }: GridFooterProps) {
  const queryClient = useQueryClient();
  const checked = useGridStore((state) => state.checkedRowIds);
  const [busy, setBusy] = useState(false);
  const { notify, setChecked, select } = useGridStore.getState();

  const addRow = async () => {
    setBusy(true);
    try {
      await addRows(table.id, [{}]);
      await refreshRows(queryClient, table.id);
      // New rows come last in the table's own order; show and select the one just added, and give
      // the grid the keyboard (the button, disabled while busy, has lost it to the page).
      jumpToRow(rowCount);
      select({ anchor: { row: rowCount, col: 0 }, focus: { row: rowCount, col: 0 } });
      focusGrid();
    } catch (error) {
      notify({ text: `Could not add a row: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const deleteChecked = async () => {
    const ids = [...checked];
    setBusy(true);
    try {
      const deleted = await deleteRows(table.id, ids);
      setChecked(new Set());
      await refreshRows(queryClient, table.id);
      notify({
        text: `Deleted ${countText(deleted, 'row')}`,
        tone: 'info',
        action: {
          label: 'Undo',
          run: () =>
            void restoreRows(table.id, ids)
              .then(() => refreshRows(queryClient, table.id))
              .then(() => notify({ text: 'Rows restored', tone: 'info' }))
              .catch((error: unknown) =>
                notify({ text: `Could not restore: ${errorText(error)}`, tone: 'error' }),
              ),
        },
      });
    } catch (error) {
      notify({ text: `Could not delete: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="grid-footer">
      <button type="button" className="button button--small" disabled={busy} onClick={() => void addRow()}>
        + Add row
      </button>
      {checked.size > 0 && (
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          onClick={() => void deleteChecked()}
        >
          Delete {countText(checked.size, 'row')}
        </button>
      )}
      <span className="grid-footer__count" data-testid="grid-row-count">
        {countText(rowCount, 'row')}
      </span>
      {loadError ? (
        <span className="grid-footer__error" role="alert">
          Rows failed to load: {errorText(loadError)}
        </span>
      ) : null}
      <GridNotice />
    </div>
  );
}
