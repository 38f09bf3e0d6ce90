import type { Column } from '../../../contract/columns.ts';
import { ColumnSelect } from '../../components/column-select.tsx';
import { IconButton } from '../../components/icon-button.tsx';
import { CloseIcon } from '../../components/icons.tsx';
import type { DraftResult, FilterDraft } from './filter-draft.ts';
import { FilterValueInput } from './filter-value-input.tsx';
import { defaultOperator, needsValue, OPERATORS, operatorApplies } from './operators.ts';

interface FilterRowProps {
  index: number;
  draft: FilterDraft;
  columns: Column[];
  result: DraftResult;
  onChange: (draft: FilterDraft) => void;
  onRemove: () => void;
}

/** One filter: column, operator, and a value input that fits both. */
export function FilterRow({ index, draft, columns, result, onChange, onRemove }: FilterRowProps) {
  const column = columns.find((c) => c.name === draft.column);
  const n = index + 1;
  const errorId = `filter-${draft.key}-error`;
  const error = 'error' in result ? result.error : undefined;

  const changeColumn = (name: string) => {
    const next = columns.find((c) => c.name === name);
    if (!next) return;
    // The value typed for one type rarely fits another, and the operator may not apply to it.
    const keep = operatorApplies(draft.operator, next.dataType) && next.dataType === column?.dataType;
    onChange({
      ...draft,
      column: name,
      operator: keep ? draft.operator : defaultOperator(next.dataType),
      value: '',
    });
  };

  return (
    <li className="filter-row">
      <ColumnSelect
        label={`Filter ${n} column`}
        value={draft.column}
        columns={columns}
        onChange={changeColumn}
      />
      <select
        className="input input--compact"
        aria-label={`Filter ${n} operator`}
        value={draft.operator}
        onChange={(event) => onChange({ ...draft, operator: event.target.value as FilterDraft['operator'] })}
      >
        {OPERATORS.map((op) => (
          <option
            key={op.value}
            value={op.value}
            disabled={column && !operatorApplies(op.value, column.dataType)}
          >
            {op.label}
          </option>
        ))}
      </select>
      {column && needsValue(draft.operator) ? (
        <FilterValueInput
          column={column}
          operator={draft.operator}
          value={draft.value}
          label={`Filter ${n} value`}
          errorId={error ? errorId : undefined}
          onChange={(value) => onChange({ ...draft, value })}
        />
      ) : (
        <span className="filter-row__no-value" />
      )}
      <IconButton label={`Remove filter ${n}`} title="Remove" onClick={onRemove}>
        <CloseIcon />
      </IconButton>
      {error && (
        <p id={errorId} className="field-error filter-row__error">
          {error}
        </p>
      )}
    </li>
  );
}
