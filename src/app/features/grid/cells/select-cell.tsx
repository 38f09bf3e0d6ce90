import { SelectEditor } from '../editors/select-editor.tsx';
import type { CellRenderer } from './cell-renderer.ts';
import { Chip } from './chip.tsx';

/** One option as a coloured chip. */
export const selectCell: CellRenderer = {
  editor: SelectEditor,
  render: ({ value, column }) =>
    typeof value === 'string' && value !== '' ? (
      <Chip option={value} color={column.config.optionColors?.[value]} />
    ) : null,
};
