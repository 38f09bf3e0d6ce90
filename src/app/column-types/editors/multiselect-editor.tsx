import { useState } from 'react';
import { optionColorsOf, optionsOf } from '../../../contract/column-of.ts';
import { Chip } from '../cells/chip.tsx';
import type { EditorProps } from './editor-props.ts';
import { TextEditor } from './text-editor.tsx';
import { useEditorSession } from './use-editor-session.ts';

/**
 * The editor of a many-choice column: a list of its choices (a multiselect column's options, a
 * many-label AI column's labels) to tick; Enter or leaving the list saves, Escape cancels. A
 * column without choices takes comma-separated text.
 */
export function ChoicesEditor({ choices, ...props }: EditorProps & { choices: string[] | undefined }) {
  return choices && choices.length > 0 ? (
    <OptionList {...props} options={choices} />
  ) : (
    <TextEditor {...props} />
  );
}

/** A multiselect column's list of its options. */
export function MultiselectEditor(props: EditorProps) {
  return <ChoicesEditor {...props} choices={optionsOf(props.column)} />;
}

function OptionList({ column, value, onCommit, onCancel, options }: EditorProps & { options: string[] }) {
  const [picked, setPicked] = useState<string[]>(Array.isArray(value) ? value.map(String) : []);
  const session = useEditorSession(onCommit, onCancel, () => {
    // Kept in the column's option order, whatever order they were ticked in.
    const ordered = options.filter((option) => picked.includes(option));
    return [ordered.length > 0 ? ordered : null, ordered.join(', ')];
  });
  return (
    <fieldset
      className="grid-editor grid-editor--list"
      aria-label={`Edit ${column.displayName}`}
      {...session}
    >
      {options.map((option, i) => (
        <label key={option} className="grid-editor__option">
          <input
            type="checkbox"
            checked={picked.includes(option)}
            // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
            autoFocus={i === 0}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              setPicked((current) => (on ? [...current, option] : current.filter((item) => item !== option)));
            }}
          />
          <Chip option={option} color={optionColorsOf(column)[option]} />
        </label>
      ))}
    </fieldset>
  );
}
