import { cellText } from '../../../lib/cell-text.ts';
import type { CellRenderer } from './cell-renderer.ts';
import { ExpandableText } from './expandable-text.tsx';

/** A value the server computed: numbers right-aligned as numbers, anything else as text. */
export const computedCell: CellRenderer = {
  render: ({ value, column }) => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return <span className="grid-cell__number">{value.toLocaleString()}</span>;
    return <ExpandableText text={cellText(value, column)} />;
  },
};
