import { optionsOf } from '../../../contract/column-of.ts';
import type { EditorProps } from './editor-props.ts';
import { TextEditor } from './text-editor.tsx';
import { fieldText, useEditorSession } from './use-editor-session.ts';

/**
 * The editor of a one-choice column: a dropdown of its choices (a select column's options, a
 * one-label AI column's labels), with an empty choice to clear; text when it has none.
 */
export function ChoiceEditor({ choices, ...props }: EditorProps & { choices: string[] | undefined }) {
  return choices && choices.length > 0 ? (
    <OptionSelect {...props} options={choices} />
  ) : (
    <TextEditor {...props} />
  );
}

/** A select column's dropdown of its options. */
export function SelectEditor(props: EditorProps) {
  return <ChoiceEditor {...props} choices={optionsOf(props.column)} />;
}

function OptionSelect(props: EditorProps & { options: string[] }) {
  const { column, value, initialText, error, onCommit, onCancel, options } = props;
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
