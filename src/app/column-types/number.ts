import { numberCell } from '../features/grid/cells/number-cell.tsx';
import { textField } from '../features/row-panel/fields/text-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const numberColumn: AppColumnType = {
  label: 'Number',
  glyph: '#',
  cell: numberCell,
  field: textField({ placeholder: '0', inputMode: 'decimal' }),
  filter: { typedMatch: true, hints: { inputMode: 'decimal', placeholder: '0' }, hint: 'Enter a number' },
  sortLabels: ['1 → 9', '9 → 1'],
};
