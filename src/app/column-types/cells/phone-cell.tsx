import type { CellRenderer } from './cell-renderer.ts';
import { CellLink } from './link-cell.tsx';

/** A phone number as a tel: link (the dialer), only digits and + in its address. */
export const phoneCell: CellRenderer = {
  render: ({ value }) => {
    if (typeof value !== 'string' || value === '') return null;
    return <CellLink href={`tel:${value.replace(/[^\d+]/g, '')}`} text={value} />;
  },
};
