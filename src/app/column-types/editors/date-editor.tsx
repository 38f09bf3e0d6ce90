import { cellText, parseCellText } from '../../lib/cell-text.ts';
import type { EditorProps } from './editor-props.ts';
import { TextEditor } from './text-editor.tsx';
import { fieldText, useEditorSession } from './use-editor-session.ts';

/**
 * The browser's date picker; the day is kept as the stored ISO date. An edit begun by typing stays
 * a text input, so what was typed is kept as typed.
 */
export function DateEditor(props: EditorProps) {
  return props.initialText === undefined ? <DatePicker {...props} /> : <TextEditor {...props} />;
}

function DatePicker({ column, value, error, onCommit, onCancel }: EditorProps) {
  const session = useEditorSession(onCommit, onCancel, (element) => {
    const text = fieldText(element);
    return [parseCellText(text, column), text];
  });
  return (
    <input
      type="date"
      className="grid-editor"
      aria-label={`Edit ${column.displayName}`}
      aria-invalid={!!error}
      defaultValue={cellText(value, column).slice(0, 10)}
      // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
      autoFocus
      {...session}
    />
  );
}
