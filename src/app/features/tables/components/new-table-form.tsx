import { type FormEvent, useState } from 'react';
import { navigate } from '../../../lib/router.ts';
import { useUiStore } from '../../../store/ui-store.ts';
import { useCreateTable } from '../api/create-table.ts';

/** Inline form for a new table's name; Enter creates it and opens it, Escape cancels. */
export function NewTableForm() {
  const [name, setName] = useState('');
  const close = useUiStore((s) => s.closeTableAction);
  const createTable = useCreateTable();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    createTable.mutate(
      { name: name.trim() },
      {
        onSuccess: (table) => {
          close();
          navigate({ name: 'table', tableId: table.id });
        },
      },
    );
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-label="New table">
      <input
        className="input"
        aria-label="New table name"
        placeholder="Table name"
        value={name}
        maxLength={256}
        // biome-ignore lint/a11y/noAutofocus: the user just asked for this field by pressing "New table".
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      />
      <div className="inline-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={createTable.isPending}
        >
          Create
        </button>
        <button type="button" className="button button--ghost button--small" onClick={close}>
          Cancel
        </button>
      </div>
      {createTable.isError && (
        <p className="field-error" role="alert">
          {createTable.error.message}
        </p>
      )}
    </form>
  );
}
