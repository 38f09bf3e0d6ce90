import { type FormEvent, useRef, useState } from 'react';
import type { TableSummary } from '../../../../contract/tables.ts';
import { useUiStore } from '../../../store/ui-store.ts';
import { useUpdateTable } from '../api/update-table.ts';

/** Inline rename: Enter or leaving the field saves, Escape restores the old name. */
export function RenameTableForm({ table }: { table: TableSummary }) {
  const [name, setName] = useState(table.name);
  const close = useUiStore((s) => s.closeTableAction);
  const updateTable = useUpdateTable();
  // Escape and Enter both end with a blur; this stops that blur from saving a second time.
  const done = useRef(false);

  const save = () => {
    if (done.current) return;
    const trimmed = name.trim();
    if (!trimmed || trimmed === table.name) {
      done.current = true;
      close();
      return;
    }
    done.current = true;
    updateTable.mutate(
      { tableId: table.id, input: { name: trimmed } },
      {
        onSuccess: close,
        onError: () => {
          done.current = false;
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  return (
    <form className="rename-form" onSubmit={submit} aria-label={`Rename table ${table.name}`}>
      <input
        className="input input--compact"
        aria-label="Table name"
        value={name}
        maxLength={256}
        // biome-ignore lint/a11y/noAutofocus: the user just chose "Rename"; typing should go here.
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          done.current = true;
          close();
        }}
        disabled={updateTable.isPending}
      />
      {updateTable.isError && (
        <p className="field-error" role="alert">
          {updateTable.error.message}
        </p>
      )}
    </form>
  );
}
