import type { EditorProps } from '../../../column-types/editors/editor-props.ts';
import { TextEditor } from '../../../column-types/editors/text-editor.tsx';
import { appColumnTypes } from '../../../column-types/index.ts';

/** The editor its type's registry entry names, with the server's message under it when a value was refused. */
export function CellEditor(props: EditorProps) {
  const entry = appColumnTypes[props.column.dataType];
  const Editor = entry.cell.editor ?? TextEditor;
  return (
    <>
      <Editor inputMode={entry.field.hints?.inputMode} {...props} />
      {props.error && (
        <div className="grid-editor__error" role="alert">
          {props.error}
        </div>
      )}
    </>
  );
}
