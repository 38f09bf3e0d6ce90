import type { Column } from '../../../contract/columns.ts';
import type { FilterOperator } from '../../../contract/rows.ts';
import { appColumnTypes } from '../../column-types/index.ts';

interface FilterValueInputProps {
  column: Column;
  operator: FilterOperator;
  value: string;
  label: string;
  /** Id of the message saying what is wrong with the value, if anything. */
  errorId: string | undefined;
  onChange: (value: string) => void;
}

/**
 * The value of a filter, shaped by its column type's filter traits and the operator: a choice (checked
 * or not, the options), a date picker, a number field, or text (always text for "is any of",
 * comma-separated).
 */
export function FilterValueInput({
  column,
  operator,
  value,
  label,
  errorId,
  onChange,
}: FilterValueInputProps) {
  const common = {
    className: 'input input--compact',
    'aria-label': label,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': errorId,
    value,
  } as const;
  const textMatch = operator === 'contains' || operator === 'starts_with';

  if (operator === 'in') {
    return (
      <input
        {...common}
        placeholder="a, b, c"
        title="Comma-separated values"
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const filter = appColumnTypes[column.dataType].filter;
  const choices = textMatch ? undefined : filter?.choices?.(column);
  if (choices) {
    return (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    );
  }
  // Text matching takes any text, unless the type matches its own values (numbers).
  const hints = !textMatch || filter?.typedMatch ? filter?.hints : undefined;
  return (
    <input
      {...common}
      type={hints?.type ?? 'text'}
      inputMode={hints?.inputMode}
      placeholder={hints?.placeholder ?? 'Value'}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
