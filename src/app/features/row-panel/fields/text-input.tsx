import type { DataType } from '../../../../contract/data-types/index.ts';
import type { FieldInputProps } from './form-field.ts';

const INPUT_TYPES: Partial<Record<DataType, string>> = { date: 'date', url: 'url', email: 'email' };
const PLACEHOLDERS: Partial<Record<DataType, string>> = {
  number: '0',
  url: 'https://…',
  email: 'name@example.com',
  multiselect: 'a, b, c',
  relation: 'row id, row id',
};

/** A one-line input, typed for the browser where that helps (date picker, URL and email keyboards). */
export function TextInput({ id, column, draft, invalid, onChange }: FieldInputProps) {
  return (
    <input
      id={id}
      className="input"
      // Numbers stay a text input so anything typed reaches the server, whose message explains a refusal.
      type={INPUT_TYPES[column.dataType] ?? 'text'}
      inputMode={column.dataType === 'number' ? 'decimal' : undefined}
      placeholder={PLACEHOLDERS[column.dataType]}
      value={String(draft)}
      {...invalid}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** Several lines of text. */
export function TextAreaInput({ id, draft, invalid, onChange }: FieldInputProps) {
  return (
    <textarea
      id={id}
      className="input textarea"
      rows={2}
      value={String(draft)}
      {...invalid}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
