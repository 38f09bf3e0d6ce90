import type { CellRenderer } from './cell-renderer.ts';
import { Chip } from './chip.tsx';

/** One option as a coloured chip. */
export const selectCell: CellRenderer = {
  render: ({ value }) => (typeof value === 'string' && value !== '' ? <Chip option={value} /> : null),
};
