import type { Column } from '../../../contract/columns.ts';

/** Where the focus goes after a commit: down (Enter), right (Tab), left (Shift+Tab), or nowhere. */
export type CommitMove = 'down' | 'up' | 'right' | 'left' | 'none';

/** What every cell editor is given. */
export interface EditorProps {
  column: Column;
  value: unknown;
  /** Replaces the value when the edit began by typing (or reopens after a refusal). */
  initialText: string | undefined;
  error: string | null;
  /** Ends the edit; false when the value is refused and the editor stays open with the reason. */
  onCommit: (value: unknown, text: string, move: CommitMove) => boolean;
  onCancel: () => void;
  /** The keyboard a phone or tablet shows: the type's row panel field asks for it (decimal, tel). */
  inputMode?: 'decimal' | 'tel';
}
