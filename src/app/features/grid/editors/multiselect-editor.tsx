import { useState } from 'react';
import { Chip } from '../cells/chip.tsx';
import type { EditorProps } from './editor-props.ts';
import { TextEditor } from './text-editor.tsx';
import { useEditorSession } from './use-editor-session.ts';

/**
 * A list of the column's options to tick; Enter or leaving the list saves, Escape cancels. A column
 * without options takes comma-separated text.
 */
export function MultiselectEditor(props: EditorProps) {
  const options = props.column.config.options ?? [];
  return options.length > 0 ? <OptionList {...props} options={options} /> : <TextEditor {...props} />;
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
          <Chip option={option} />
        </label>
      ))}
    </fieldset>
  );
}
