import { urlCell } from './cells/url-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { textField } from './fields/text-input.tsx';

export const urlColumn: AppColumnType = {
  label: 'URL',
  glyph: '↗',
  cell: urlCell,
  field: textField({ type: 'url', placeholder: 'https://…' }),
  filter: { defaultOperator: 'contains' },
};
