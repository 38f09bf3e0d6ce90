import type { EditorProps } from './editor-props.ts';
import { fieldText, useEditorSession } from './use-editor-session.ts';

/** A dropdown of the column's options, with an empty choice to clear. */
export function SelectEditor({ column, value, initialText, error, onCommit, onCancel }: EditorProps) {
  const options = column.config.options ?? [];
  // Typing a letter to start picks the first option that begins with it, as a closed <select> would.
  const typed = initialText?.toLowerCase();
  const start = typed ? options.find((option) => option.toLowerCase().startsWith(typed)) : undefined;
  const session = useEditorSession(onCommit, onCancel, (element) => {
    const text = fieldText(element);
    return [text === '' ? null : text, text];
  });
  return (
    <select
      className="grid-editor"
      aria-label={`Edit ${column.displayName}`}
      aria-invalid={!!error}
      defaultValue={start ?? (typeof value === 'string' ? value : '')}
      // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
      autoFocus
      {...session}
    >
      <option value="">—</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
