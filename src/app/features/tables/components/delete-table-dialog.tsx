import { useEffect, useRef } from 'react';
import type { TableSummary } from '../../../../contract/tables.ts';
import { navigate } from '../../../lib/router.ts';
import { useUiStore } from '../../../store/ui-store.ts';
import { useDeleteTable } from '../api/delete-table.ts';

interface DeleteTableDialogProps {
  tables: TableSummary[];
  selectedId: string | null;
}

/** Asks before deleting the table chosen in the sidebar; a native modal dialog traps focus and closes on Escape. */
export function DeleteTableDialog({ tables, selectedId }: DeleteTableDialogProps) {
  const deletingId = useUiStore((s) => s.deletingTableId);
  const close = useUiStore((s) => s.closeTableAction);
  const deleteTable = useDeleteTable();
  const dialog = useRef<HTMLDialogElement>(null);
  const table = tables.find((t) => t.id === deletingId);

  // A failed attempt's message should not greet the next table's confirmation.
  const cancel = () => {
    deleteTable.reset();
    close();
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (table && !element.open) element.showModal();
    if (!table && element.open) element.close();
  }, [table]);

  const confirm = () => {
    if (!table) return;
    deleteTable.mutate(table.id, {
      onSuccess: () => {
        close();
        if (table.id === selectedId) navigate({ name: 'home' }, { replace: true });
      },
    });
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-table-title" onClose={cancel}>
      {table && (
        <>
          <h2 id="delete-table-title" className="dialog__title">
            Delete “{table.name}”?
          </h2>
          <p className="dialog__text">
            Its {table.rowCount.toLocaleString()} {table.rowCount === 1 ? 'row' : 'rows'}, columns and history
            are deleted. This cannot be undone.
          </p>
          {deleteTable.isError && (
            <p className="field-error" role="alert">
              {deleteTable.error.message}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={confirm}
              disabled={deleteTable.isPending}
            >
              Delete table
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
