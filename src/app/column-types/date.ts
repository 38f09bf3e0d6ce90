import { isDay } from '../../contract/data-types/index.ts';
import { cellText } from '../lib/cell-text.ts';
import { dateCell } from './cells/date-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { textField } from './fields/text-input.tsx';

export const dateColumn: AppColumnType = {
  label: 'Date',
  glyph: '▦',
  cell: dateCell,
  field: {
    ...textField({ type: 'date' }),
    // The date input works in days: a stored instant shows as its UTC day, the day it was given as.
    toDraft: (value) => cellText(value, { dataType: 'date' }).slice(0, 10),
  },
  filter: {
    // A date filter names a day, which the server matches as the whole day.
    read: (text) => (isDay(text) ? text : undefined),
    hints: { type: 'date' },
    hint: 'Enter a date as YYYY-MM-DD',
  },
  sortLabels: ['Oldest first', 'Newest first'],
};
