import type { Table } from '../../../../contract/tables.ts';
import { CloseIcon, PlusIcon } from '../../../components/icons.tsx';
import { useTable } from '../../tables/api/get-table.ts';
import { useTables } from '../../tables/api/get-tables.ts';
import { newKey, type TaskValue } from '../model/trigger-draft.ts';

interface TaskFieldsProps {
  table: Table;
  tableId: string;
  values: TaskValue[];
  onChange: (patch: { taskTableId?: string; taskValues?: TaskValue[] }) => void;
}

/** create_task: which table gets the new row, and each of its values ({column} copies from the row). */
export function TaskFields({ table, tableId, values, onChange }: TaskFieldsProps) {
  const tables = useTables();
  const target = useTable(tableId);
  const columns = target.data?.columns ?? [];
  const set = (key: string, patch: Partial<TaskValue>) =>
    onChange({ taskValues: values.map((line) => (line.key === key ? { ...line, ...patch } : line)) });
  return (
    <fieldset className="task-fields">
      <label className="field">
        <span className="field__label">Add the row to</span>
        <select
          className="input input--compact"
          value={tableId}
          onChange={(event) => onChange({ taskTableId: event.target.value, taskValues: [] })}
        >
          {(tables.data ?? [table]).map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.id === table.id ? `${candidate.name} (this table)` : candidate.name}
            </option>
          ))}
        </select>
      </label>
      <p className="panel-hint">Write {'{column}'} to copy a value of the row that fired the trigger.</p>
      <ul className="task-values">
        {values.map((line, index) => (
          <li key={line.key} className="task-value">
            <select
              className="input input--compact"
              aria-label={`Value ${index + 1} column`}
              value={line.column}
              onChange={(event) => set(line.key, { column: event.target.value })}
            >
              <option value="">Column…</option>
              {columns.map((column) => (
                <option key={column.id} value={column.name}>
                  {column.displayName}
                </option>
              ))}
            </select>
            <input
              className="input input--compact"
              aria-label={`Value ${index + 1}`}
              value={line.value}
              placeholder="Follow up with {customer}"
              onChange={(event) => set(line.key, { value: event.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove value ${index + 1}`}
              onClick={() => onChange({ taskValues: values.filter((other) => other.key !== line.key) })}
            >
              <CloseIcon />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => onChange({ taskValues: [...values, { key: newKey(), column: '', value: '' }] })}
      >
        <PlusIcon />
        Add value
      </button>
    </fieldset>
  );
}
