import type { CellRenderer } from './cell-renderer.ts';
import { CellLink } from './link-cell.tsx';

/** Only http(s) addresses become links: a stored `javascript:` URL must never be clickable. */
const SAFE_URL = /^https?:\/\//i;

/** A web address as a link opening in a new tab. */
export const urlCell: CellRenderer = {
  render: ({ value }) => {
    if (typeof value !== 'string' || value === '') return null;
    return SAFE_URL.test(value) ? <CellLink href={value} text={value} /> : <span>{value}</span>;
  },
};
