import type { KeyboardEvent } from 'react';
import type { CommitMove } from './editor-props.ts';

/**
 * The keys every editor shares: Enter commits and moves down (Shift+Enter up), Tab right
 * (Shift+Tab left), Escape cancels. Returns the move for a commit, 'cancel', or undefined for a
 * key the editor keeps. Keys never reach the grid while an editor is open.
 */
export function editorKey(event: KeyboardEvent): CommitMove | 'cancel' | undefined {
  event.stopPropagation();
  if (event.key === 'Escape') return 'cancel';
  if (event.key === 'Enter' && !event.altKey) return event.shiftKey ? 'up' : 'down';
  if (event.key === 'Tab') return event.shiftKey ? 'left' : 'right';
  return undefined;
}
