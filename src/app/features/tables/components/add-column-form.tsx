import { type FormEvent, useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { DataType } from '../../../../contract/data-types/index.ts';
import { errorText } from '../../../api/api-client.ts';
import { columnNameFrom } from '../../../lib/column-name.ts';
import { typeOptions } from '../../../lib/type-labels.ts';
import { NEW_COLUMN, usePanelStore } from '../../../store/panel-store.ts';
import { FormulaEditor } from '../../formula-editor/index.ts';
import { useCreateColumn } from '../api/create-column.ts';
import { RelationConfigFields } from './relation-config-fields.tsx';

/** The types a person can add from this form; AI opens its settings panel; formulas and links have their fields. */
const COLUMN_TYPES = typeOptions(DataType.options);

interface AddColumnFormProps {
  tableId: string;
  columns: Column[];
  /** Called after the server created the column. */
  onAdded?: () => void;
}

/** Name, type and (for selects) options of a new column; the key is derived from the name. */
export function AddColumnForm({ tableId, columns, onAdded }: AddColumnFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [dataType, setDataType] = useState<DataType>('text');
  const [options, setOptions] = useState('');
  const [formula, setFormula] = useState('');
  const [relation, setRelation] = useState({ targetTableId: '', displayColumn: '' });
  const createColumn = useCreateColumn();
  const hasOptions = dataType === 'select' || dataType === 'multiselect';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = displayName.trim();
    if (!trimmed) return;
    if (dataType === 'ai') {
      // An AI column needs a prompt and more: its settings open in the side panel.
      usePanelStore.getState().openPanel({ kind: 'column', tableId, columnId: NEW_COLUMN, name: trimmed });
      setDisplayName('');
      onAdded?.();
      return;
    }
    const name = columnNameFrom(trimmed, new Set(columns.map((c) => c.name)));
    const list = options
      .split(',')
      .map((option) => option.trim())
      .filter(Boolean);
    const config =
      dataType === 'computed'
        ? { config: { formula } }
        : dataType === 'relation'
          ? {
              config: {
                targetTableId: relation.targetTableId,
                ...(relation.displayColumn && { displayColumn: relation.displayColumn }),
              },
            }
          : hasOptions && list.length > 0
            ? { config: { options: [...new Set(list)] } }
            : {};
    createColumn.mutate(
      { tableId, input: { name, displayName: trimmed, dataType, ...config } },
      {
        onSuccess: () => {
          setDisplayName('');
          setOptions('');
          setFormula('');
          onAdded?.();
        },
      },
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
          onChange={(event) => setDataType(event.target.value as DataType)}
        >
          {COLUMN_TYPES.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
      </label>
      {hasOptions && (
        <label className="field">
          <span className="field__label">Options</span>
          <input
            className="input input--compact"
            placeholder="New, In review, Done"
            value={options}
            onChange={(event) => setOptions(event.target.value)}
          />
        </label>
      )}
      {dataType === 'computed' && (
        <div className="field">
          <span className="field__label">Formula</span>
          <FormulaEditor
            columns={columns}
            columnName={columnNameFrom(displayName.trim() || 'formula', new Set(columns.map((c) => c.name)))}
            value={formula}
            onChange={setFormula}
          />
        </div>
      )}
      {dataType === 'relation' && (
        <RelationConfigFields
          tableId={tableId}
          {...relation}
          onChange={(patch) => setRelation((current) => ({ ...current, ...patch }))}
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
          createColumn.isPending ||
          !displayName.trim() ||
          (dataType === 'computed' && !formula.trim()) ||
          (dataType === 'relation' && !relation.targetTableId)
        }
      >
        {dataType === 'ai' ? 'Set up AI column…' : 'Add column'}
      </button>
    </form>
  );
}
