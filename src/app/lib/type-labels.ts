import type { DataType } from '../../contract/data-types/index.ts';

/** What a column type is called where people pick one. */
const TYPE_LABELS: Record<DataType, string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Checkbox',
  date: 'Date',
  select: 'Select',
  multiselect: 'Multiselect',
  url: 'URL',
  email: 'Email',
  computed: 'Formula',
  relation: 'Link to another table',
  ai: 'AI (a prompt per row)',
};

/** Options for a type picker offering these types, in this order. */
export const typeOptions = (types: DataType[]): { value: DataType; label: string }[] =>
  types.map((value) => ({ value, label: TYPE_LABELS[value] }));
