import type { Column } from '../../../../contract/columns.ts';

interface RowFieldProps {
  column: Column;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** One labelled input of the "Add row" form, shaped by the column's type. */
export function RowField({ column, value, error, onChange }: RowFieldProps) {
  const id = `field-${column.id}`;
  const errorId = `${id}-error`;
  const common = {
    id,
    className: 'input',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  } as const;
  const options = column.dataType === 'select' ? column.config.options : undefined;

  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {column.displayName}
      </label>
      {column.dataType === 'boolean' || options ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          <option value="">—</option>
          {column.dataType === 'boolean' ? (
            <>
              <option value="true">Yes</option>
              <option value="false">No</option>
            </>
          ) : (
            options?.map((option) => <option key={option}>{option}</option>)
          )}
        </select>
      ) : (
        <input
          {...common}
          // Numbers stay a text input so anything typed reaches the server, whose message explains a refusal.
          type={column.dataType === 'date' ? 'date' : column.dataType === 'email' ? 'email' : 'text'}
          inputMode={column.dataType === 'number' ? 'decimal' : undefined}
          placeholder={placeholders[column.dataType]}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

const placeholders: Partial<Record<Column['dataType'], string>> = {
  number: '0',
  url: 'https://…',
  email: 'name@example.com',
  multiselect: 'a, b, c',
};
