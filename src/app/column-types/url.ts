import { urlCell } from '../features/grid/cells/url-cell.tsx';
import { textField } from '../features/row-panel/fields/text-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const urlColumn: AppColumnType = {
  label: 'URL',
  glyph: '↗',
  cell: urlCell,
  field: textField({ type: 'url', placeholder: 'https://…' }),
  filter: { defaultOperator: 'contains' },
};
