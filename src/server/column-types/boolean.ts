import { asText, type ServerColumnType } from './column-type.ts';
import { type StorageType, whenJson } from './storage-types.ts';

/** Only these words make an imported column a checkbox: 1/0 and y/n are more often numbers and codes. */
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no']);

const storage: StorageType = {
  kind: 'boolean',
  sqlType: 'boolean',
  toText: (column) => `${column}::text`,
  fromText: (expr) =>
    `CASE WHEN lower(btrim(${expr})) IN ('true','yes','y','1','checked','x') THEN true WHEN lower(btrim(${expr})) IN ('false','no','n','0','unchecked','') THEN false END`,
  fromJson: (stored) => whenJson(stored, 'boolean', `(${stored})::boolean`),
  decode: (value) => value,
};

/** A yes/no enrichment is asked as a label and stored as true or false. */
const YES_NO = ['Yes', 'No'];

export const booleanColumn: ServerColumnType<'boolean'> = {
  storage: () => storage,
  file: { fromValue: (value) => (typeof value === 'boolean' ? value : undefined) },
  enrich: {
    format: () => 'label',
    labels: () => YES_NO,
    classify: true,
    instruction: (label) => `Decide whether "${label}" is true for this row (Yes or No).`,
    stored: (value) => (typeof value === 'string' ? value === 'Yes' : value),
  },
  infer: {
    rank: 1,
    fits: (value) => typeof value === 'boolean' || BOOLEAN_WORDS.has(asText(value)?.toLowerCase() ?? ''),
  },
};
