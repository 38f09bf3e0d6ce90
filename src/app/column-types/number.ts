import { numberCell } from '../features/grid/cells/number-cell.tsx';
import { textField } from '../features/row-panel/fields/text-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const numberColumn: AppColumnType = {
  label: 'Number',
  glyph: '#',
  cell: numberCell,
  field: textField({ placeholder: '0', inputMode: 'decimal' }),
  filterHint: 'Enter a number',
};
