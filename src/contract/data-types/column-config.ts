import { z } from 'zod';
import { AiConfigFields } from '../ai/config.ts';
import type { DataType } from './type-names.ts';

/** The settings of a type that has none: its config is kept as sent and read by no one. */
const noSettings = z.object({}).loose();

/** The colours an option chip can be given (select, multiselect, AI labels). */
export const OptionColor = z.enum([
  'gray',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'blue',
  'purple',
  'pink',
]);
export type OptionColor = z.infer<typeof OptionColor>;

const optionColors = z
  .record(z.string(), OptionColor)
  .optional()
  .describe('select, multiselect, AI labels: a colour per option; one without gets a colour from its text');

const selectSettings = z.object({
  options: z
    .array(z.string().min(1).max(256))
    .max(1000)
    .optional()
    .describe('select, multiselect: allowed options'),
  optionColors,
});

/**
 * Each type's settings schema, keyed by type (the compiler names a type without one). Every field is
 * optional: a column is created with defaults, and config checks (DataTypeDefinition.checkConfig) say
 * what a type requires.
 */
const settingsSchemas = {
  text: noSettings,
  number: z.object({
    thousandsSeparator: z
      .boolean()
      .optional()
      .describe(
        'number: group digits by thousands where the app shows the numbers (12,345,678); false for identifiers (12345678). Default true',
      ),
  }),
  boolean: noSettings,
  date: noSettings,
  select: selectSettings,
  multiselect: selectSettings,
  url: noSettings,
  email: noSettings,
  computed: z.object({
    formula: z.string().max(8192).optional().describe('computed: formula expression'),
    formulaType: z.enum(['arithmetic', 'text_concat', 'date_diff', 'conditional', 'aggregate']).optional(),
    resultType: z
      .string()
      .max(64)
      .optional()
      .describe('computed: number, text, boolean or date; inferred from the formula when omitted'),
    dependencies: z
      .array(z.string())
      .optional()
      .describe('computed: column names the formula depends on (filled in by the server)'),
  }),
  relation: z.object({
    targetTableId: z.string().optional().describe('relation: id of the related table'),
    displayColumn: z
      .string()
      .optional()
      .describe('relation: column shown from the related table (its first column when omitted)'),
  }),
  ai: z.object({ ...AiConfigFields, optionColors }),
  phone: noSettings,
  json: noSettings,
  image: noSettings,
  images: noSettings,
  markdown: noSettings,
} satisfies Record<DataType, z.ZodObject>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type Settings = { [T in DataType]: z.infer<(typeof settingsSchemas)[T]> };

/**
 * A column's config as the API carries it (Tables API Column Config Reference): one object with every
 * type's fields, each optional, unknown fields kept. The wire stays flat so a client that changes a
 * column's type, or sends a field another type reads, is not refused; code that needs to know which
 * fields a type has narrows through TypedColumnConfig or ColumnConfigOf.
 */
export const ColumnConfig = z
  .object(
    Object.assign({}, ...Object.values(settingsSchemas).map((schema) => schema.shape)) as UnionToIntersection<
      (typeof settingsSchemas)[DataType]['shape']
    >,
  )
  .loose()
  .meta({ id: 'ColumnConfig' });
export type ColumnConfig = z.infer<typeof ColumnConfig>;

/** The settings of one type's column: `ColumnConfigOf<'select'>` has `options` and no formula. */
export type ColumnConfigOf<T extends DataType> = Settings[T];

/**
 * A column's type and config as one value, discriminated by `dataType`: narrowing on the type gives
 * that type's settings. Parsing drops fields other types read (the API keeps them, see ColumnConfig).
 */
export type TypedColumnConfig = { [T in DataType]: { dataType: T; config: Settings[T] } }[DataType];
export const TypedColumnConfig = z.discriminatedUnion(
  'dataType',
  Object.entries(settingsSchemas).map(([dataType, config]) =>
    z.object({ dataType: z.literal(dataType), config }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<TypedColumnConfig>;
