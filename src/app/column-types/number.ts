import { numberCell } from './cells/number-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { textField } from './fields/text-input.tsx';

export const numberColumn: AppColumnType = {
  label: 'Number',
  glyph: '#',
  cell: numberCell,
  field: textField({ placeholder: '0', inputMode: 'decimal' }),
  filter: { typedMatch: true, hints: { inputMode: 'decimal', placeholder: '0' }, hint: 'Enter a number' },
  sortLabels: ['1 → 9', '9 → 1'],
};
