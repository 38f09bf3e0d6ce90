import { type FormEvent, useState } from 'react';
import type { TableKind } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { navigate } from '../../../lib/router.ts';
import { useCreateTable } from '../api/create-table.ts';

interface NewTableFormProps {
  /** The project the table goes into; null for none. */
  projectId: string | null;
  /** Where the table goes, in words ("in Marketing"), for the form's label. */
  placeLabel: string;
  onDone: () => void;
}

/**
 * Inline form for a new table's name and kind; Enter creates it and opens it, Escape cancels. A company
 * table starts with its Company input and the system columns filled from it.
 */
export function NewTableForm({ projectId, placeLabel, onDone }: NewTableFormProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TableKind>('generic');
  const createTable = useCreateTable();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    createTable.mutate(
      { name: name.trim(), kind, ...(projectId && { projectId }) },
      {
        onSuccess: (table) => {
          onDone();
          navigate({ name: 'table', tableId: table.id });
        },
      },
    );
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-label={`New table ${placeLabel}`}>
      <input
        className="input input--compact"
        aria-label="New table name"
        placeholder="Table name"
        value={name}
        maxLength={256}
        // biome-ignore lint/a11y/noAutofocus: the user just asked for this field by pressing "New table".
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone()}
      />
      <select
        className="input input--compact"
        aria-label="Table kind"
        title="Company tables get the company's name, website and profile from the column you fill in"
        value={kind}
        onChange={(event) => setKind(event.target.value as TableKind)}
      >
        <option value="generic">Generic rows</option>
        <option value="company">Companies</option>
        <option value="people">People</option>
      </select>
      <div className="inline-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={createTable.isPending}
        >
          Create
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
      {createTable.isError && (
        <p className="field-error" role="alert">
          {errorText(createTable.error)}
        </p>
      )}
    </form>
  );
}
