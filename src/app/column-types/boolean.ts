import { booleanCell } from '../features/grid/cells/boolean-cell.tsx';
import { CheckboxInput } from '../features/row-panel/fields/choice-inputs.tsx';
import type { AppColumnType } from './column-type.ts';

export const booleanColumn: AppColumnType = {
  label: 'Checkbox',
  glyph: '☑',
  cell: booleanCell,
  field: {
    Input: CheckboxInput,
    layout: () => 'inline',
    toDraft: (value) => value === true,
  },
  filterHint: 'Choose checked or not',
};
