import { phoneCell } from './cells/phone-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { textField } from './fields/text-input.tsx';

export const phoneColumn: AppColumnType = {
  label: 'Phone',
  glyph: '☎',
  cell: phoneCell,
  field: textField({ type: 'tel', inputMode: 'tel', placeholder: '+1 555 123 4567' }),
  // People look a number up by a part of it (an area code, the last digits).
  filter: { defaultOperator: 'contains' },
};
