import { optionColorsOf } from '../../../contract/column-of.ts';
import { MultiselectEditor } from '../editors/multiselect-editor.tsx';
import type { CellRenderer } from './cell-renderer.ts';
import { Chip } from './chip.tsx';

/** Several options as chips in a row; the cell clips those that do not fit. */
export const multiselectCell: CellRenderer = {
  editor: MultiselectEditor,
  render: ({ value, column }) =>
    Array.isArray(value) ? (
      <span className="grid-chips">
        {value.map((option) => (
          <Chip key={String(option)} option={String(option)} color={optionColorsOf(column)[String(option)]} />
        ))}
      </span>
    ) : null,
};
