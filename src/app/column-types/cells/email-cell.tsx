import type { CellRenderer } from './cell-renderer.ts';
import { CellLink } from './link-cell.tsx';

/** An email address as a mailto link. */
export const emailCell: CellRenderer = {
  render: ({ value }) =>
    typeof value === 'string' && value !== '' ? (
      <CellLink href={`mailto:${encodeURIComponent(value).replace('%40', '@')}`} text={value} />
    ) : null,
};
