import { booleanCell } from './cells/boolean-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { CheckboxInput } from './fields/choice-inputs.tsx';

export const booleanColumn: AppColumnType = {
  label: 'Checkbox',
  glyph: '☑',
  cell: booleanCell,
  field: {
    Input: CheckboxInput,
    layout: () => 'inline',
    toDraft: (value) => value === true,
  },
  filter: {
    unordered: true,
    choices: () => [
      { value: 'true', label: 'checked' },
      { value: 'false', label: 'not checked' },
    ],
    hint: 'Choose checked or not',
  },
  sortLabels: ['Unchecked first', 'Checked first'],
};
