import { optionsOf as columnOptions } from '../../../../contract/column-of.ts';
import type { Column } from '../../../../contract/columns.ts';
import type { DataType } from '../../../../contract/data-types/index.ts';
import type { ExtractColumn, ExtractColumnType } from '../../../../contract/extract.ts';

/** One field of the schema as it is being written: a label, a type, what to look for. */
export interface FieldDraft {
  /** Stable across edits, for React keys and labels. */
  id: number;
  label: string;
  type: ExtractColumnType;
  description: string;
  required: boolean;
  /** For "one of a list": the allowed values, comma-separated as typed. */
  options: string;
}

/** The types a field can have, in the words the form shows, most common first. */
export const FIELD_TYPES: Array<{ value: ExtractColumnType; label: string }> = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'date', label: 'Date' },
  { value: 'boolean', label: 'Yes / no' },
  { value: 'enum', label: 'One of a list' },
  { value: 'tags', label: 'Tags' },
  { value: 'url', label: 'URL' },
  { value: 'email', label: 'Email' },
  { value: 'json', label: 'JSON' },
  { value: 'richtext', label: 'Rich text' },
  { value: 'image', label: 'Image URL' },
  { value: 'images', label: 'Image URLs' },
];

let nextId = 1;

export const emptyField = (label = ''): FieldDraft => ({
  id: nextId++,
  label,
  type: 'text',
  description: '',
  required: false,
  options: '',
});

/** Our column types as extraction types: a table's columns can start a schema. */
const FROM_DATA_TYPE: Partial<Record<DataType, ExtractColumnType>> = {
  text: 'text',
  markdown: 'richtext',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
  select: 'enum',
  multiselect: 'tags',
  url: 'url',
  email: 'email',
  phone: 'text',
  json: 'json',
  image: 'image',
  images: 'images',
  ai: 'text',
};

/** Fields for a table's columns (computed and relation columns are not extracted, so left out). */
export function fieldsFromColumns(columns: Column[]): FieldDraft[] {
  return columns.flatMap((column) => {
    const mapped = FROM_DATA_TYPE[column.dataType];
    if (!mapped) return [];
    const options = columnOptions(column) ?? [];
    const type = mapped === 'enum' && options.length === 0 ? 'text' : mapped;
    return [
      { ...emptyField(column.displayName), type, required: column.required, options: options.join(', ') },
    ];
  });
}

/** A label as a key the API accepts: snake_case, starting with a letter ("Unit price" → unit_price). */
export function keyOf(label: string): string {
  const key = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return /^[a-z]/.test(key) ? key : `f_${key}`.replace(/_+$/, '');
}

const optionsOf = (text: string): string[] =>
  text
    .split(',')
    .map((option) => option.trim())
    .filter(Boolean);

/** What stops the fields from making a schema, in words, or null when they can. */
export function fieldsProblem(fields: FieldDraft[]): string | null {
  if (fields.length === 0) return 'Add at least one field';
  if (fields.some((field) => field.label.trim() === '')) return 'Every field needs a name';
  const keys = fields.map((field) => keyOf(field.label));
  const twice = keys.find((key, index) => keys.indexOf(key) !== index);
  if (twice) return `Two fields have the same name (${twice})`;
  const noOptions = fields.find((field) => field.type === 'enum' && optionsOf(field.options).length === 0);
  if (noOptions) return `List the values "${noOptions.label}" can take`;
  return null;
}

/** The schema's columns for these fields. */
export function columnsOf(fields: FieldDraft[]): ExtractColumn[] {
  return fields.map((field) => ({
    key: keyOf(field.label),
    label: field.label.trim(),
    type: field.type,
    ...(field.required && { required: true }),
    ...(field.description.trim() && { description: field.description.trim() }),
    ...(field.type === 'enum' && { enum_values: optionsOf(field.options) }),
  }));
}
