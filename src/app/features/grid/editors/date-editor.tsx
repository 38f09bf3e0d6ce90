import { useRef } from 'react';
import { cellText, parseCellText } from '../model/cell-text.ts';
import type { EditorProps } from './cell-editor.tsx';
import { editorKey } from './editor-keys.ts';

/** The browser's date picker; the day is kept as the stored ISO date. */
export function DateEditor({ column, value, error, onCommit, onCancel }: EditorProps) {
  const done = useRef(false);
  const finish = (text: string, move: Parameters<EditorProps['onCommit']>[2]) => {
    if (done.current) return;
    done.current = true;
    onCommit(parseCellText(text, column), text, move);
  };
  return (
    <input
      type="date"
      className="grid-editor"
      aria-label={`Edit ${column.displayName}`}
      aria-invalid={!!error}
      defaultValue={cellText(value, column).slice(0, 10)}
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
    />
  );
}
