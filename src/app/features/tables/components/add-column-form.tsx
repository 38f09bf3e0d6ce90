import { type FormEvent, useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import type { DataType } from '../../../../contract/data-types/index.ts';
import { errorText } from '../../../api/api-client.ts';
import { columnNameFrom } from '../../../lib/column-name.ts';
import { useCreateColumn } from '../api/create-column.ts';

/** The types a person can add from this form; the rest (computed, relation…) need more configuration. */
const COLUMN_TYPES: { value: DataType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'boolean', label: 'Checkbox' },
  { value: 'date', label: 'Date' },
  { value: 'select', label: 'Select' },
  { value: 'url', label: 'URL' },
  { value: 'email', label: 'Email' },
];

interface AddColumnFormProps {
  tableId: string;
  columns: Column[];
}

/** Name and type of a new column; the key is derived from the name. Enter adds it. */
export function AddColumnForm({ tableId, columns }: AddColumnFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [dataType, setDataType] = useState<DataType>('text');
  const createColumn = useCreateColumn();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = displayName.trim();
    if (!trimmed) return;
    const name = columnNameFrom(trimmed, new Set(columns.map((c) => c.name)));
    createColumn.mutate(
      { tableId, input: { name, displayName: trimmed, dataType } },
      { onSuccess: () => setDisplayName('') },
    );
  };

  return (
    <form className="toolbar-form" onSubmit={submit} aria-label="Add column">
      <input
        className="input"
        aria-label="Column name"
        placeholder="New column name"
        value={displayName}
        maxLength={128}
        // biome-ignore lint/a11y/noAutofocus: a table without columns can do nothing else yet.
        autoFocus={columns.length === 0}
        onChange={(event) => setDisplayName(event.target.value)}
      />
      <select
        className="input"
        aria-label="Column type"
        value={dataType}
        onChange={(event) => setDataType(event.target.value as DataType)}
      >
        {COLUMN_TYPES.map((type) => (
          <option key={type.value} value={type.value}>
            {type.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={createColumn.isPending || !displayName.trim()}>
        Add column
      </button>
      {createColumn.isError && (
        <p className="field-error toolbar-form__error" role="alert">
          {errorText(createColumn.error)}
        </p>
      )}
    </form>
  );
}
