import { textCell } from '../features/grid/cells/text-cell.tsx';
import { TextAreaInput } from '../features/row-panel/fields/text-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const textColumn: AppColumnType = {
  label: 'Text',
  glyph: 'Aa',
  cell: textCell,
  field: { Input: TextAreaInput },
  filter: { defaultOperator: 'contains' },
};
