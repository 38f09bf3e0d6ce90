import { textCell } from './cells/text-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { TextAreaInput } from './fields/text-input.tsx';

export const textColumn: AppColumnType = {
  label: 'Text',
  glyph: 'Aa',
  cell: textCell,
  field: { Input: TextAreaInput },
  filter: { defaultOperator: 'contains' },
};
