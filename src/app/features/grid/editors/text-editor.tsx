import { useRef } from 'react';
import { cellText, parseCellText } from '../model/cell-text.ts';
import type { EditorProps } from './cell-editor.tsx';
import { editorKey } from './editor-keys.ts';

/** A one-line input for text, numbers, links, emails and relations; the text is parsed by type. */
export function TextEditor({ column, value, initialText, error, onCommit, onCancel }: EditorProps) {
  const done = useRef(false);
  const finish = (text: string, move: Parameters<EditorProps['onCommit']>[2]) => {
    if (done.current) return;
    done.current = true;
    onCommit(parseCellText(text, column), text, move);
  };
  return (
    <input
      className="grid-editor"
      aria-label={`Edit ${column.displayName}`}
      aria-invalid={!!error}
      inputMode={column.dataType === 'number' ? 'decimal' : undefined}
      defaultValue={initialText ?? cellText(value, column)}
      // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
      autoFocus
      onFocus={(event) => {
        const input = event.currentTarget;
        input.setSelectionRange(input.value.length, input.value.length);
      }}
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
