import { type FocusEvent, type KeyboardEvent, useRef } from 'react';
import { editorKey } from './editor-keys.ts';
import type { CommitMove } from './editor-props.ts';

/**
 * What every cell editor shares: it commits once (Enter and Tab commit and move, leaving the editor
 * commits in place) or cancels on Escape. `read` turns the editor's element into the value to save
 * and the text the user typed (shown again if the value is refused). A commit refused at once
 * (onCommit answers false: the editor stays open with the reason) can be tried again.
 */
export function useEditorSession(
  onCommit: (value: unknown, text: string, move: CommitMove) => boolean,
  onCancel: () => void,
  read: (element: HTMLElement) => [value: unknown, text: string],
) {
  const done = useRef(false);
  const finish = (element: HTMLElement, move: CommitMove) => {
    if (done.current) return;
    done.current = true;
    const [value, text] = read(element);
    if (!onCommit(value, text, move)) done.current = false;
  };
  return {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const action = editorKey(event);
      if (!action) return;
      event.preventDefault();
      if (action !== 'cancel') finish(event.currentTarget, action);
      else {
        done.current = true;
        onCancel();
      }
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      // A list editor keeps focus among its own inputs; only leaving it altogether commits.
      if (!event.currentTarget.contains(event.relatedTarget)) finish(event.currentTarget, 'none');
    },
  };
}

/** The text of an input or select element. */
export const fieldText = (element: HTMLElement): string =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value : '';
