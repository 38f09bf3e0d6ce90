import { appColumnTypes } from '../../../column-types/index.ts';
import type { EditorProps } from './editor-props.ts';
import { TextEditor } from './text-editor.tsx';

/** The editor its type's registry entry names, with the server's message under it when a value was refused. */
export function CellEditor(props: EditorProps) {
  const Editor = appColumnTypes[props.column.dataType].cell.editor ?? TextEditor;
  return (
    <>
      <Editor {...props} />
      {props.error && (
        <div className="grid-editor__error" role="alert">
          {props.error}
        </div>
      )}
    </>
  );
}
