import { optionsOf } from '../../contract/column-of.ts';
import type { Column } from '../../contract/columns.ts';
import { cellText } from '../lib/cell-text.ts';
import { multiselectCell } from './cells/multiselect-cell.tsx';
import { selectCell } from './cells/select-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { OptionsInput, SelectInput } from './fields/choice-inputs.tsx';
import { optionSettings } from './settings/option-settings.tsx';

/** Whether a multiselect shows one checkbox per option (it has options) or takes comma-separated text. */
const hasOptionList = (column: Column) => (optionsOf(column)?.length ?? 0) > 0;

/** A filter compares with one of the options, chosen from a list (text when there is no list). */
const optionChoices = (column: Column) =>
  optionsOf(column)?.map((option) => ({ value: option, label: option }));

export const selectColumn: AppColumnType = {
  label: 'Select',
  glyph: '◉',
  cell: selectCell,
  field: { Input: SelectInput },
  filter: { choices: optionChoices },
  settings: optionSettings,
};

export const multiselectColumn: AppColumnType = {
  label: 'Multiselect',
  glyph: '☰',
  cell: multiselectCell,
  field: {
    Input: OptionsInput,
    hints: { placeholder: 'a, b, c' },
    layout: (column) => (hasOptionList(column) ? 'group' : 'block'),
    toDraft: (value, column) =>
      hasOptionList(column) ? (Array.isArray(value) ? value.map(String) : []) : cellText(value, column),
  },
  filter: { defaultOperator: 'contains', unordered: true, choices: optionChoices },
  settings: optionSettings,
};
