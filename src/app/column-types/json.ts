import { jsonCell } from './cells/json-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { TextAreaInput } from './fields/text-input.tsx';

/** JSON: folded in the grid, edited as indented text in the row panel; the server says what does not parse. */
export const jsonColumn: AppColumnType = {
  label: 'JSON',
  glyph: '{}',
  cell: jsonCell,
  field: {
    Input: TextAreaInput,
    toDraft: (value) => (value === null || value === undefined ? '' : JSON.stringify(value, null, 2)),
  },
  // Filters match the JSON's text: a key or a value.
  filter: { defaultOperator: 'contains' },
};
