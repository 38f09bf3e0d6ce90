import { z } from 'zod';
import type { ColumnConfig, DataTypeDefinition } from './data-type.ts';

function optionSchema(config: ColumnConfig): z.ZodType<string> {
  const options = config.options;
  if (!options) return z.string().min(1).max(256);
  return z.string().refine((value) => options.includes(value), {
    error: `Expected one of: ${options.join(', ')}`,
  });
}

export const selectType: DataTypeDefinition = {
  valueSchema: optionSchema,
  parseText: (text, config) => {
    const value = text.trim();
    return optionSchema(config).safeParse(value).success ? value : undefined;
  },
  enrichment: {},
  writable: true,
};

export const multiselectType: DataTypeDefinition = {
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
};
