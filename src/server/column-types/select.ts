import { optionsArray, type StorageType, sqlText, textStorage } from '../db/storage-types.ts';
import type { ServerColumnType } from './column-type.ts';
import { listOfText, schemaRefusal } from './parses.ts';

const inOptions = (expr: string, options: string[] | undefined): string =>
  options
    ? `CASE WHEN ${expr} = ANY(ARRAY[${options.map(sqlText).join(',')}]::text[]) THEN ${expr} END`
    : expr;

export const selectColumn: ServerColumnType<'select'> = {
  storage: (config) => textStorage((expr) => inOptions(`NULLIF(btrim(${expr}), '')`, config.options)),
  // A select without options takes any text.
  enrich: {
    format: (config) => (config.options?.length ? 'label' : 'text'),
    options: (config) => config.options,
  },
};

/** Several options in a text array; with no option list, any comma-separated words. */
export const multiselectStorage = (options: string[] | undefined): StorageType => ({
  kind: 'array',
  sqlType: 'text[]',
  toText: (column) => `array_to_string(${column}, ', ')`,
  fromText: (expr) => `ait_split_options(${expr}, ${optionsArray(options)})`,
  decode: (value) => value,
});

/** A file's JSON arrays of words import as a multiselect. */
export const multiselectColumn: ServerColumnType<'multiselect'> = {
  storage: (config) => multiselectStorage(config.options),
  file: { fromValue: listOfText, refuse: schemaRefusal('multiselect') },
  enrich: {
    format: () => 'multiselect',
    options: (config) => config.options,
    missing: (config) => (config.options?.length ? undefined : 'its options'),
  },
  infer: {
    rank: 6,
    fits: (value) =>
      Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== ''),
  },
};
