import type { TableSummary } from '../../../../contract/tables.ts';
import { InlineNameInput } from '../../../components/inline-name-input.tsx';
import { useUpdateTable } from '../api/update-table.ts';

interface RenameTableFormProps {
  table: Pick<TableSummary, 'id' | 'name'>;
  /** Called once the new name is saved, or the rename was cancelled. */
  onDone: () => void;
  className?: string;
}

/** Renames a table in place: Enter or leaving the field saves, Escape keeps the old name. */
export function RenameTableForm({ table, onDone, className }: RenameTableFormProps) {
  const updateTable = useUpdateTable();
  return (
    <InlineNameInput
      label="Table name"
      initial={table.name}
      pending={updateTable.isPending}
      error={updateTable.error}
      onSave={(name) => updateTable.mutate({ tableId: table.id, input: { name } }, { onSuccess: onDone })}
      onCancel={onDone}
      {...(className && { className })}
    />
  );
}
