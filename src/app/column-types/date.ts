import { dateCell } from '../features/grid/cells/date-cell.tsx';
import { textField } from '../features/row-panel/fields/text-input.tsx';
import { cellText } from '../lib/cell-text.ts';
import type { AppColumnType } from './column-type.ts';

export const dateColumn: AppColumnType = {
  label: 'Date',
  glyph: '▦',
  cell: dateCell,
  field: {
    ...textField({ type: 'date' }),
    // The date input works in days: a stored instant shows as its UTC day, the day it was given as.
    toDraft: (value) => cellText(value, { dataType: 'date' }).slice(0, 10),
  },
  filterHint: 'Enter a date as YYYY-MM-DD',
};
