import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

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

/** A colour per option (select, multiselect, AI labels): shared by the ai type's settings. */
export const optionColors = z
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
type SelectSettings = z.infer<typeof selectSettings>;

function optionSchema(config: SelectSettings): z.ZodType<string> {
  const options = config.options;
  if (!options) return z.string().min(1).max(256);
  return z.string().refine((value) => options.includes(value), {
    error: `Expected one of: ${options.join(', ')}`,
  });
}

export const selectType: DataTypeDefinition<typeof selectSettings> = {
  settings: selectSettings,
  valueSchema: optionSchema,
  parseText: (text, config) => {
    const value = text.trim();
    return optionSchema(config).safeParse(value).success ? value : undefined;
  },
  enrichment: {},
  writable: true,
  valueKind: 'choice',
};

export const multiselectType: DataTypeDefinition<typeof selectSettings> = {
  settings: selectSettings,
  valueSchema: (config) => z.array(optionSchema(config)).max(1000),
  parseText: (text, config) => {
    const values = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const schema = optionSchema(config);
    return values.every((value) => schema.safeParse(value).success) ? values : undefined;
  },
  // An answer chooses among the options: without them there is nothing to choose from.
  enrichment: { missing: (config) => (config.options?.length ? undefined : 'its options') },
  writable: true,
  valueKind: 'list',
};
