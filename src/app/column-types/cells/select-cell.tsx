import { optionColorsOf } from '../../../contract/column-of.ts';
import { SelectEditor } from '../editors/select-editor.tsx';
import type { CellRenderer } from './cell-renderer.ts';
import { Chip } from './chip.tsx';

/** One option as a coloured chip. */
export const selectCell: CellRenderer = {
  editor: SelectEditor,
  render: ({ value, column }) =>
    typeof value === 'string' && value !== '' ? (
      <Chip option={value} color={optionColorsOf(column)[value]} />
    ) : null,
};
