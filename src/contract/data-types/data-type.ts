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

/** Type-specific configuration, as in the Tables API's Column Config Reference. */
export const ColumnConfig = z
  .object({
    options: z
      .array(z.string().min(1).max(256))
      .max(1000)
      .optional()
      .describe('select, multiselect: allowed options'),
    formula: z.string().max(8192).optional().describe('computed: formula expression'),
    formulaType: z.enum(['arithmetic', 'text_concat', 'date_diff', 'conditional', 'aggregate']).optional(),
    resultType: z.string().max(64).optional().describe('computed: expected result data type'),
    dependencies: z.array(z.string()).optional().describe('computed: column names the formula depends on'),
    targetTableId: z.string().optional().describe('relation: id of the related table'),
    displayColumn: z.string().optional().describe('relation: column shown from the related table'),
    ...AiConfigFields,
  })
  .loose()
  .meta({ id: 'ColumnConfig' });
export type ColumnConfig = z.infer<typeof ColumnConfig>;

/** What a type definition knows about values: how to validate one from JSON and how to read one from text. */
export interface DataTypeDefinition {
  /** Schema for a non-null value arriving through the API; its output is the stored, normalized value. */
  valueSchema(config: ColumnConfig): z.ZodType;
  /** Reads a value typed or pasted as text (defaults, paste, import); undefined when the text does not fit. */
  parseText(text: string, config: ColumnConfig): unknown;
  /** Whether values of this type are written by people; computed values are produced by the server. */
  writable: boolean;
}
