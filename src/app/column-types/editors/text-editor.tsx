import { cellText, parseCellText } from '../../lib/cell-text.ts';
import type { EditorProps } from './editor-props.ts';
import { fieldText, useEditorSession } from './use-editor-session.ts';

/** A one-line input for text, numbers, links, emails and relations; the text is parsed by type. */
export function TextEditor({
  column,
  value,
  initialText,
  error,
  inputMode,
  onCommit,
  onCancel,
}: EditorProps) {
  const session = useEditorSession(onCommit, onCancel, (element) => {
    const text = fieldText(element);
    return [parseCellText(text, column), text];
  });
  return (
    <input
      className="grid-editor"
      aria-label={`Edit ${column.displayName}`}
      aria-invalid={!!error}
      inputMode={inputMode}
      defaultValue={initialText ?? cellText(value, column)}
      // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
      autoFocus
      onFocus={(event) => {
        const input = event.currentTarget;
        input.setSelectionRange(input.value.length, input.value.length);
      }}
      {...session}
    />
  );
}
