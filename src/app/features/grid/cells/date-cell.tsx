import { formatDate } from '../../../lib/format-date.ts';
import type { CellRenderer } from './cell-renderer.ts';

/** Dates in the reader's locale. */
export const dateCell: CellRenderer = {
  render: ({ value }) =>
    typeof value === 'string' ? <span className="grid-cell__text">{formatDate(value)}</span> : null,
};
