import { Markdown, markdownLine } from '../../lib/markdown.tsx';
import type { CellRenderer } from './cell-renderer.ts';
import { ExpandableText } from './expandable-text.tsx';

/** Markdown as one line of its text, marks removed; expanded, it is rendered (as in the row panel). */
export const markdownCell: CellRenderer = {
  render: ({ value }) =>
    typeof value === 'string' && value !== '' ? (
      <ExpandableText text={value} line={markdownLine(value)} full={(text) => <Markdown text={text} />} />
    ) : null,
};
