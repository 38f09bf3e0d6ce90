import { phoneCell } from '../features/grid/cells/phone-cell.tsx';
import { textField } from '../features/row-panel/fields/text-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const phoneColumn: AppColumnType = {
  label: 'Phone',
  glyph: '☎',
  cell: phoneCell,
  field: textField({ type: 'tel', inputMode: 'tel', placeholder: '+1 555 123 4567' }),
  // People look a number up by a part of it (an area code, the last digits).
  filter: { defaultOperator: 'contains' },
};
