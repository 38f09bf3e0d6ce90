import type { ServerColumnType } from './column-type.ts';
import { listOfText, schemaRefusal } from './parses.ts';
import { optionsArray, type StorageType, sqlText, textStorage } from './storage-types.ts';

const inOptions = (expr: string, options: string[] | undefined): string =>
  options
    ? `CASE WHEN ${expr} = ANY(ARRAY[${options.map(sqlText).join(',')}]::text[]) THEN ${expr} END`
    : expr;

/** An enrichment's instruction for a column whose answers are its options. */
const classifyInstruction = (label: string, options: string[], many: boolean): string =>
  `Classify this row's ${label}: choose ${many ? 'every option that applies' : 'the one option that fits best'} from ${options.join(', ')}.`;

export const selectColumn: ServerColumnType<'select'> = {
  seedsOptions: true,
  storage: (config) => textStorage((expr) => inOptions(`NULLIF(btrim(${expr}), '')`, config.options)),
  // A select without options takes any text.
  enrich: {
    format: (config) => (config.options?.length ? 'label' : 'text'),
    options: (config) => config.options,
    classify: true,
    instruction: (label, options) => (options ? classifyInstruction(label, options, false) : undefined),
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
  seedsOptions: true,
  storage: (config) => multiselectStorage(config.options),
  file: { fromValue: listOfText, refuse: schemaRefusal('multiselect') },
  enrich: {
    format: () => 'multiselect',
    options: (config) => config.options,
    classify: true,
    instruction: (label, options) => (options ? classifyInstruction(label, options, true) : undefined),
  },
  infer: {
    rank: 6,
    fits: (value) =>
      Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== ''),
  },
};
