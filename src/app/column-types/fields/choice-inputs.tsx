import { optionsOf } from '../../../contract/column-of.ts';
import { formatValue } from '../../lib/format-value.ts';
import type { FieldInputProps } from './form-field.ts';
import { OptionChecklist } from './option-checklist.tsx';
import { TextInput } from './text-input.tsx';

/** A checkbox. */
export function CheckboxInput({ id, draft, invalid, onChange }: FieldInputProps) {
  return (
    <input
      id={id}
      type="checkbox"
      className="checkbox"
      checked={draft === true}
      {...invalid}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

/** One option from a dropdown; a column without options takes text. */
export function SelectInput(props: FieldInputProps) {
  const { id, column, draft, invalid, onChange } = props;
  const options = optionsOf(column) ?? [];
  if (options.length === 0) return <TextInput {...props} />;
  const text = String(draft);
  return (
    <select
      id={id}
      className="input"
      value={text}
      {...invalid}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">—</option>
      {/* A value set before the options changed still shows, so saving does not silently drop it. */}
      {text && !options.includes(text) && <option value={text}>{text}</option>}
      {options.map((option) => (
        <option key={option}>{option}</option>
      ))}
    </select>
  );
}

/** Options to tick, one checkbox each; a column without options takes comma-separated text. */
export function OptionsInput(props: FieldInputProps) {
  const { column, draft, error, onChange } = props;
  if (!Array.isArray(draft)) return <TextInput {...props} />;
  return <OptionChecklist column={column} selected={draft} error={error} onChange={onChange} />;
}

/** A value the server computes: shown, never edited. */
export function ReadOnlyInput({ id, column, value }: FieldInputProps) {
  return (
    <output id={id} className="field__readonly">
      {formatValue(value, column.dataType, column.config) || '—'}
    </output>
  );
}
