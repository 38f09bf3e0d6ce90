import type { Column } from '../../../../contract/columns.ts';
import type { DataType } from '../../../../contract/data-types/index.ts';
import { cellText, parseCellText } from '../../../lib/cell-text.ts';
import { CheckboxInput, OptionsInput, ReadOnlyInput, SelectInput } from './choice-inputs.tsx';
import type { FieldDraft, FormField } from './form-field.ts';
import { TextAreaInput, TextInput } from './text-input.tsx';

/** Whether a multiselect shows one checkbox per option (it has options) or takes comma-separated text. */
const hasOptionList = (column: Column) => (column.config.options?.length ?? 0) > 0;

const textField: FormField = { Input: TextInput };

/**
 * One form field per data type: a new type adds a line here (and a control if none fits). Values
 * become text and text becomes values through the contract's type registry (lib/cell-text), the
 * same reading the grid's editors and paste use.
 */
export const formFields: Record<DataType, FormField> = {
  text: { Input: TextAreaInput },
  number: textField,
  boolean: {
    Input: CheckboxInput,
    layout: () => 'inline',
    toDraft: (value) => value === true,
  },
  // The date input works in days: a stored instant shows as its UTC day, the day it was given as.
  date: { Input: TextInput, toDraft: (value) => cellText(value, { dataType: 'date' }).slice(0, 10) },
  select: { Input: SelectInput },
  multiselect: {
    Input: OptionsInput,
    layout: (column) => (hasOptionList(column) ? 'group' : 'block'),
    toDraft: (value, column) =>
      hasOptionList(column) ? (Array.isArray(value) ? value.map(String) : []) : cellText(value, column),
  },
  url: textField,
  email: textField,
  computed: { Input: ReadOnlyInput },
  relation: textField,
  // An AI cell edited by a person keeps their value (and is locked against reruns).
  ai: { Input: TextAreaInput },
};

/** A stored value as its field's draft. */
export function toDraft(column: Column, value: unknown): FieldDraft {
  const field = formFields[column.dataType];
  return field.toDraft ? field.toDraft(value, column) : cellText(value, column);
}

/**
 * A draft as the JSON value the API expects. Text that does not fit the type is sent as typed, so
 * the server, the one judge of validity, explains the refusal at the field. Empty means null.
 */
export function fromDraft(column: Column, draft: FieldDraft): unknown {
  if (typeof draft === 'boolean') return draft;
  if (Array.isArray(draft)) return draft.length > 0 ? draft : null;
  return parseCellText(draft, column);
}
