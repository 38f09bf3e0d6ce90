import { useRef } from 'react';
import type { EditorProps } from './cell-editor.tsx';
import { editorKey } from './editor-keys.ts';

/** A dropdown of the column's options, with an empty choice to clear. */
export function SelectEditor({ column, value, initialText, error, onCommit, onCancel }: EditorProps) {
  const done = useRef(false);
  const options = column.config.options ?? [];
  // Typing a letter to start picks the first option that begins with it, as a closed <select> would.
  const typed = initialText?.toLowerCase();
  const start = typed ? options.find((option) => option.toLowerCase().startsWith(typed)) : undefined;
  const finish = (text: string, move: Parameters<EditorProps['onCommit']>[2]) => {
    if (done.current) return;
    done.current = true;
    onCommit(text === '' ? null : text, text, move);
  };
  return (
    <select
      className="grid-editor"
      aria-label={`Edit ${column.displayName}`}
      aria-invalid={!!error}
      defaultValue={start ?? (typeof value === 'string' ? value : '')}
      // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
      autoFocus
      onKeyDown={(event) => {
        const action = editorKey(event);
        if (!action) return;
        event.preventDefault();
        if (action === 'cancel') {
          done.current = true;
          onCancel();
        } else finish(event.currentTarget.value, action);
      }}
      onBlur={(event) => finish(event.currentTarget.value, 'none')}
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
