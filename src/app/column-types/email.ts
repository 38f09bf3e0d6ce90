import { emailCell } from './cells/email-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { textField } from './fields/text-input.tsx';

export const emailColumn: AppColumnType = {
  label: 'Email',
  glyph: '@',
  cell: emailCell,
  field: textField({ type: 'email', placeholder: 'name@example.com' }),
  filter: { defaultOperator: 'contains' },
};
