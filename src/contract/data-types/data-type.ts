import { z } from 'zod';
import { AiConfigFields } from '../ai/config.ts';

/** Every column type a table can hold. New types (ai, ...) join by adding an entry here and a definition file. */
export const DataType = z.enum([
  'text',
  'number',
  'boolean',
  'date',
  'select',
  'multiselect',
  'url',
  'email',
  'computed',
  'relation',
  'ai',
]);
export type DataType = z.infer<typeof DataType>;

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

/** Type-specific configuration, as in the Tables API's Column Config Reference. */
export const ColumnConfig = z
  .object({
    options: z
      .array(z.string().min(1).max(256))
      .max(1000)
      .optional()
      .describe('select, multiselect: allowed options'),
    thousandsSeparator: z
      .boolean()
      .optional()
      .describe(
        'number: group digits by thousands where the app shows the numbers (12,345,678); false for identifiers (12345678). Default true',
      ),
    optionColors: z
      .record(z.string(), OptionColor)
      .optional()
      .describe(
        'select, multiselect, AI labels: a colour per option; one without gets a colour from its text',
      ),
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
    targetTableId: z.string().optional().describe('relation: id of the related table'),
    displayColumn: z
      .string()
      .optional()
      .describe('relation: column shown from the related table (its first column when omitted)'),
    ...AiConfigFields,
  })
  .loose()
  .meta({ id: 'ColumnConfig' });
export type ColumnConfig = z.infer<typeof ColumnConfig>;

/** What a config check needs to know of a table's columns. */
export interface ColumnShape {
  name: string;
  dataType: string;
  config: ColumnConfig;
}

/** A config check's answer: problems (paths relative to the config), and the config as it will be stored. */
export interface ConfigCheck {
  config: ColumnConfig;
  errors: Array<{ path: string; message: string }>;
}

/** What a type definition knows about values: how to validate one from JSON and how to read one from text. */
export interface DataTypeDefinition {
  /** Schema for a non-null value arriving through the API; its output is the stored, normalized value. */
  valueSchema(config: ColumnConfig): z.ZodType;
  /** Reads a value typed or pasted as text (defaults, paste, import); undefined when the text does not fit. */
  parseText(text: string, config: ColumnConfig): unknown;
  /** Whether values of this type are written by people; computed values are produced by the server. */
  writable: boolean;
  /**
   * Checks a column's config against the table's columns (all of them, this one included, as they will
   * be) and completes it; pure, so the app can show the same problems while the config is typed.
   */
  checkConfig?(column: ColumnShape, columns: ColumnShape[]): ConfigCheck;
}
