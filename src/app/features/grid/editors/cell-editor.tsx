import { DateEditor } from './date-editor.tsx';
import type { EditorProps } from './editor-props.ts';
import { MultiselectEditor } from './multiselect-editor.tsx';
import { SelectEditor } from './select-editor.tsx';
import { TextEditor } from './text-editor.tsx';

/** The editor for a column's type, with the server's message under it when a value was refused. */
export function CellEditor(props: EditorProps) {
  const { column, error } = props;
  const options = column.config.options ?? [];
  const editor =
    column.dataType === 'select' && options.length > 0 ? (
      <SelectEditor {...props} />
    ) : column.dataType === 'multiselect' && options.length > 0 ? (
      <MultiselectEditor {...props} />
    ) : column.dataType === 'date' && props.initialText === undefined ? (
      <DateEditor {...props} />
    ) : (
      <TextEditor {...props} />
    );
  return (
    <>
      {editor}
      {error && (
        <div className="grid-editor__error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}
