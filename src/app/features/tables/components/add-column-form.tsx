import { type FormEvent, useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { type AnyColumnConfig, DataType } from '../../../../contract/data-types/index.ts';
import { errorText } from '../../../api/api-client.ts';
import { appColumnTypes } from '../../../column-types/index.ts';
import { typeOptions } from '../../../column-types/type-options.ts';
import { columnNameFrom } from '../../../lib/column-name.ts';
import { usePanelStore } from '../../../store/panel-store.ts';
import { useCreateColumn } from '../api/create-column.ts';

/** The types a person can add from this form. */
const COLUMN_TYPES = typeOptions(DataType.options);

interface AddColumnFormProps {
  tableId: string;
  columns: Column[];
  /** Called after the server created the column. */
  onAdded?: () => void;
}

/**
 * Name, type and the type's own settings (its registry entry's `settings.New`: options, a formula, a
 * linked table) of a new column; the key is derived from the name. A type set up in its own panel
 * (AI) opens it instead.
 */
export function AddColumnForm({ tableId, columns, onAdded }: AddColumnFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [dataType, setDataType] = useState<DataType>('text');
  const [config, setConfig] = useState<AnyColumnConfig>({});
  // A new key after each column added, so the settings fields start empty again.
  const [added, setAdded] = useState(0);
  const createColumn = useCreateColumn();
  const settings = appColumnTypes[dataType].settings;
  const names = new Set(columns.map((c) => c.name));

  const done = () => {
    setDisplayName('');
    setConfig({});
    setAdded((count) => count + 1);
    onAdded?.();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = displayName.trim();
    if (!trimmed) return;
    if (settings?.setUp) {
      usePanelStore.getState().openPanel({ kind: 'new-column', tableId, dataType, name: trimmed });
      done();
      return;
    }
    const name = columnNameFrom(trimmed, names);
    const withConfig = Object.keys(config).length > 0 && { config };
    createColumn.mutate(
      { tableId, input: { name, displayName: trimmed, dataType, ...withConfig } },
      { onSuccess: done },
    );
  };

  return (
    <form className="stack-form" onSubmit={submit} aria-label="Add column">
      <label className="field">
        <span className="field__label">Column name</span>
        <input
          className="input input--compact"
          placeholder="e.g. Customer"
          value={displayName}
          maxLength={128}
          onChange={(event) => setDisplayName(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Column type</span>
        <select
          className="input input--compact"
          value={dataType}
          onChange={(event) => {
            setDataType(event.target.value as DataType);
            setConfig({});
          }}
        >
          {COLUMN_TYPES.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
      </label>
      {settings?.New && (
        <settings.New
          key={`${dataType}:${added}`}
          tableId={tableId}
          columns={columns}
          columnName={columnNameFrom(displayName.trim() || dataType, names)}
          config={config}
          onChange={setConfig}
        />
      )}
      {createColumn.isError && (
        <p className="field-error" role="alert">
          {errorText(createColumn.error)}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--small"
        disabled={
          createColumn.isPending || !displayName.trim() || (settings?.ready && !settings.ready(config))
        }
      >
        {settings?.setUp?.label ?? 'Add column'}
      </button>
    </form>
  );
}
