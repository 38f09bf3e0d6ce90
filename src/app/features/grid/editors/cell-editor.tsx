import type { Column } from '../../../../contract/columns.ts';
import type { CommitMove } from '../hooks/use-edit-commit.ts';
import { DateEditor } from './date-editor.tsx';
import { MultiselectEditor } from './multiselect-editor.tsx';
import { RelationEditor } from './relation-editor.tsx';
import { SelectEditor } from './select-editor.tsx';
import { TextEditor } from './text-editor.tsx';

/** What every editor is given. */
export interface EditorProps {
  column: Column;
  value: unknown;
  /** Replaces the value when the edit began by typing (or reopens after a refusal). */
  initialText: string | undefined;
  error: string | null;
  onCommit: (value: unknown, text: string, move: CommitMove) => void;
  onCancel: () => void;
}

/** The editor for a column's type, with the server's message under it when a value was refused. */
export function CellEditor(props: EditorProps) {
  const { column, error } = props;
  const options = column.config.options ?? [];
  const editor =
    column.dataType === 'select' && options.length > 0 ? (
      <SelectEditor {...props} />
    ) : column.dataType === 'multiselect' && options.length > 0 ? (
      <MultiselectEditor {...props} />
    ) : column.dataType === 'relation' ? (
      <RelationEditor {...props} />
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
