import type { Column } from '../../../../contract/columns.ts';
import type { FilterOperator } from '../../../../contract/rows.ts';

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
 * The value of a filter, shaped by column type and operator: a checked/unchecked choice, a list of
 * options, a date picker, a number field, or text (always text for "is any of", comma-separated).
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
  const options = column.config.options;

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
  if (column.dataType === 'boolean') {
    return (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        <option value="true">checked</option>
        <option value="false">not checked</option>
      </select>
    );
  }
  if (options && !textMatch && (column.dataType === 'select' || column.dataType === 'multiselect')) {
    return (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    );
  }
  const type = column.dataType === 'date' && !textMatch ? 'date' : 'text';
  return (
    <input
      {...common}
      type={type}
      inputMode={column.dataType === 'number' ? 'decimal' : undefined}
      placeholder={column.dataType === 'number' ? '0' : 'Value'}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
