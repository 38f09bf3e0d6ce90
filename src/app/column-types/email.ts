import { emailCell } from '../features/grid/cells/email-cell.tsx';
import { textField } from '../features/row-panel/fields/text-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const emailColumn: AppColumnType = {
  label: 'Email',
  glyph: '@',
  cell: emailCell,
  field: textField({ type: 'email', placeholder: 'name@example.com' }),
  filter: { defaultOperator: 'contains' },
};
