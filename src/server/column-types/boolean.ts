import type { StorageType } from '../db/storage-types.ts';
import { asText, type ServerColumnType } from './column-type.ts';

/** Only these words make an imported column a checkbox: 1/0 and y/n are more often numbers and codes. */
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no']);

const storage: StorageType = {
  kind: 'boolean',
  sqlType: 'boolean',
  toText: (column) => `${column}::text`,
  fromText: (expr) =>
    `CASE WHEN lower(btrim(${expr})) IN ('true','yes','y','1','checked','x') THEN true WHEN lower(btrim(${expr})) IN ('false','no','n','0','unchecked','') THEN false END`,
  decode: (value) => value,
};

export const booleanColumn: ServerColumnType<'boolean'> = {
  storage: () => storage,
  infer: {
    rank: 1,
    fits: (value) => typeof value === 'boolean' || BOOLEAN_WORDS.has(asText(value)?.toLowerCase() ?? ''),
  },
};
