import type { ReactNode } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { formatValue } from '../../../lib/format-value.ts';
import { type FieldDraft, hasOptionList } from './field-draft.ts';
import { OptionChecklist } from './option-checklist.tsx';

interface RowFormFieldProps {
  column: Column;
  draft: FieldDraft;
  /** The stored value, shown read-only for computed columns. */
  value: unknown;
  error: string | undefined;
  onChange: (draft: FieldDraft) => void;
}

const INPUT_TYPES: Partial<Record<Column['dataType'], string>> = { date: 'date', url: 'url', email: 'email' };
const PLACEHOLDERS: Partial<Record<Column['dataType'], string>> = {
  number: '0',
  url: 'https://…',
  email: 'name@example.com',
  multiselect: 'a, b, c',
  relation: 'row id, row id',
};

/** One labelled field of the row form, shaped by the column's type; computed values are read-only. */
export function RowFormField({ column, draft, value, error, onChange }: RowFormFieldProps) {
  const id = `row-field-${column.id}`;
  const errorId = `${id}-error`;
  const invalid = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  const options = column.config.options ?? [];

  let control: ReactNode;
  if (column.dataType === 'computed') {
    control = (
      <output id={id} className="field__readonly">
        {formatValue(value, column.dataType) || '—'}
      </output>
    );
  } else if (column.dataType === 'boolean') {
    control = (
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        checked={draft === true}
        {...invalid}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  } else if (hasOptionList(column)) {
    return <OptionChecklist column={column} selected={draft as string[]} error={error} onChange={onChange} />;
  } else if (column.dataType === 'select' && options.length > 0) {
    const text = String(draft);
    control = (
      <select id={id} className="input" value={text} {...invalid} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {/* A value set before the options changed still shows, so saving does not silently drop it. */}
        {text && !options.includes(text) && <option value={text}>{text}</option>}
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    );
  } else if (column.dataType === 'text') {
    control = (
      <textarea
        id={id}
        className="input textarea"
        rows={2}
        value={String(draft)}
        {...invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    control = (
      <input
        id={id}
        className="input"
        // Numbers stay a text input so anything typed reaches the server, whose message explains a refusal.
        type={INPUT_TYPES[column.dataType] ?? 'text'}
        inputMode={column.dataType === 'number' ? 'decimal' : undefined}
        placeholder={PLACEHOLDERS[column.dataType]}
        value={String(draft)}
        {...invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }

  return (
    <div
      className={`field${error ? ' field--invalid' : ''}${column.dataType === 'boolean' ? ' field--inline' : ''}`}
    >
      <div className="field__head">
        <label className="field__label" htmlFor={id}>
          {column.displayName}
        </label>
        <span className="field__type">
          {column.dataType === 'computed' ? 'computed · read-only' : column.dataType}
        </span>
      </div>
      {control}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
