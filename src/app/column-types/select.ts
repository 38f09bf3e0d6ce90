import type { Column } from '../../contract/columns.ts';
import { multiselectCell } from '../features/grid/cells/multiselect-cell.tsx';
import { selectCell } from '../features/grid/cells/select-cell.tsx';
import { OptionsInput, SelectInput } from '../features/row-panel/fields/choice-inputs.tsx';
import { cellText } from '../lib/cell-text.ts';
import type { AppColumnType } from './column-type.ts';

/** Whether a multiselect shows one checkbox per option (it has options) or takes comma-separated text. */
const hasOptionList = (column: Column) => (column.config.options?.length ?? 0) > 0;

export const selectColumn: AppColumnType = {
  label: 'Select',
  glyph: '◉',
  cell: selectCell,
  field: { Input: SelectInput },
};

export const multiselectColumn: AppColumnType = {
  label: 'Multiselect',
  glyph: '☰',
  cell: multiselectCell,
  field: {
    Input: OptionsInput,
    hints: { placeholder: 'a, b, c' },
    layout: (column) => (hasOptionList(column) ? 'group' : 'block'),
    toDraft: (value, column) =>
      hasOptionList(column) ? (Array.isArray(value) ? value.map(String) : []) : cellText(value, column),
  },
};
