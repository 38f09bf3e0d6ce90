import { formatDate } from '../../lib/format-date.ts';
import { DateEditor } from '../editors/date-editor.tsx';
import type { CellRenderer } from './cell-renderer.ts';

/** Dates in the reader's locale. */
export const dateCell: CellRenderer = {
  editor: DateEditor,
  render: ({ value }) =>
    typeof value === 'string' ? <span className="grid-cell__text">{formatDate(value)}</span> : null,
};
