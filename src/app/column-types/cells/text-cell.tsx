import type { CellRenderer } from './cell-renderer.ts';
import { ExpandableText } from './expandable-text.tsx';

/** Plain text; long or multi-line text is truncated with an expand button. */
export const textCell: CellRenderer = {
  render: ({ value }) =>
    value === null || value === undefined ? null : <ExpandableText text={String(value)} />,
};
