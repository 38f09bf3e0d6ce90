import type { FieldInputProps, FormField, TextHints } from './form-field.ts';

/** A one-line text field with these hints (see FormField.hints). */
export const textField = (hints: TextHints = {}): FormField => ({ Input: TextInput, hints });

/**
 * A one-line input, typed for the browser where that helps. Numbers stay a text input so anything
 * typed reaches the server, whose message explains a refusal.
 */
export function TextInput({ id, draft, hints = {}, invalid, onChange }: FieldInputProps) {
  return (
    <input
      id={id}
      className="input"
      type={hints.type ?? 'text'}
      inputMode={hints.inputMode}
      placeholder={hints.placeholder}
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
