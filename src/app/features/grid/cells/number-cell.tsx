import type { CellRenderer } from './cell-renderer.ts';

// One formatter for every number cell: creating one per cell would dominate a scroll frame.
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });

/** Numbers, formatted for the reader's locale and right-aligned so digits line up. */
export const numberCell: CellRenderer = {
  align: 'end',
  render: ({ value }) =>
    typeof value === 'number' ? (
      <span className="grid-cell__number">{numberFormat.format(value)}</span>
    ) : value == null ? null : (
      String(value)
    ),
};
