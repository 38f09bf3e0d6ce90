import { markdownLine } from '../../../lib/markdown.tsx';
import type { CellRenderer } from './cell-renderer.ts';

/** Markdown as one line of its text, marks removed; the row panel renders it. */
export const markdownCell: CellRenderer = {
  render: ({ value }) =>
    typeof value === 'string' && value !== '' ? (
      <span className="grid-cell__text" title={value.slice(0, 2000)}>
        {markdownLine(value)}
      </span>
    ) : null,
};
