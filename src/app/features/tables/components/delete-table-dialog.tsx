import { countText } from '../../../../contract/count-text.ts';
import type { TableSummary } from '../../../../contract/tables.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { navigate } from '../../../lib/router.ts';
import { useDeleteTable } from '../api/delete-table.ts';

interface DeleteTableDialogProps {
  /** The table to delete; the dialog is shut while this is undefined. */
  table: TableSummary | undefined;
  /** The open table: deleting it leaves the page for home. */
  selectedId: string | null;
  onClose: () => void;
}

/** Asks before deleting a table with its rows, columns and history. */
export function DeleteTableDialog({ table, selectedId, onClose }: DeleteTableDialogProps) {
  const deleteTable = useDeleteTable();

  // A failed attempt's message should not greet the next table's confirmation.
  const cancel = () => {
    deleteTable.reset();
    onClose();
  };

  const confirm = () => {
    if (!table) return;
    deleteTable.mutate(table.id, {
      onSuccess: () => {
        onClose();
        if (table.id === selectedId) navigate({ name: 'home' }, { replace: true });
      },
    });
  };

  return (
    <ConfirmDialog
      open={table !== undefined}
      title={`Delete “${table?.name ?? ''}”?`}
      confirmLabel="Delete table"
      pending={deleteTable.isPending}
      error={deleteTable.error}
      onConfirm={confirm}
      onCancel={cancel}
    >
      Its {countText(table?.rowCount ?? 0, 'row')}, columns and history are deleted. Tables that link to its
      rows keep them as text (the names the links showed). This cannot be undone.
    </ConfirmDialog>
  );
}
