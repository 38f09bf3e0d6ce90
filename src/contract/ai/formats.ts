import { z } from 'zod';
import { coerceDate, coerceNumber, coercePhone, coerceUrl, moneyFromText } from './coerce.ts';
import type { AiConfig, OutputFormat } from './config.ts';

/** How a format's values are stored: the SQL column type family of an AI column. */
export type FormatStorage = 'text' | 'number' | 'timestamp' | 'array' | 'json';

/**
 * One AI output format: the value a cell holds, the answer the model is asked for (always an object, as
 * structured output requires, with `value: null` meaning "could not tell"), and how a person's typed
 * text becomes a value. The answer schemas coerce what models often write instead ("1,234", "4/5",
 * "example.com"); what still does not fit fails the cell with the schema's message.
 */
export interface OutputFormatDefinition {
  storage: FormatStorage;
  value(config: AiConfig): z.ZodType;
  answer(config: AiConfig): z.ZodType<{ value: unknown }>;
  /** What the model is told about the answer's shape, in one sentence. */
  instruction(config: AiConfig): string;
  /** The JSON Schema of a value, as the model is asked for it (labels as an enum, formats named). */
  jsonSchema(config: AiConfig): Record<string, unknown>;
}

const answerOf = (value: z.ZodType) => z.object({ value: value.nullable() });

/** A label matched case-insensitively to its canonical spelling. */
function labelSchema(labels: string[] | undefined) {
  const known = labels ?? [];
  return z.string().transform((text, ctx) => {
    const found = known.find((label) => label.toLowerCase() === text.trim().toLowerCase());
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not one of: ${known.join(', ')}` });
      return z.NEVER;
    }
    return found;
  });
}

const text = z.string().max(100_000);
const number = z.union([z.number(), z.string()]).transform((input, ctx) => {
  const parsed = coerceNumber(input);
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${input}" is not a number` });
    return z.NEVER;
  }
  return parsed;
});
const grade = z.union([z.number(), z.string()]).transform((input, ctx) => {
  const parsed = typeof input === 'number' ? input : coerceNumber(input.replace(/\s*\/\s*5$/, ''));
  if (parsed === undefined || !Number.isInteger(parsed) || parsed < 1 || parsed > 5) {
    ctx.addIssue({ code: 'custom', message: `"${input}" is not a whole grade from 1 to 5` });
    return z.NEVER;
  }
  return parsed;
});
const coerced = (coerce: (text: string) => string | undefined, what: string) =>
  z.string().transform((input, ctx) => {
    const value = coerce(input);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${input}" is not ${what}` });
      return z.NEVER;
    }
    return value;
  });
const url = coerced(coerceUrl, 'a web address');
const email = z
  .string()
  .trim()
  .pipe(z.email({ error: (issue) => `"${issue.input}" is not an email address` }));
const date = coerced(coerceDate, 'a date');
const phone = coerced(coercePhone, 'a phone number');
const money = z
  .union([
    z.object({ amount: number, currency: z.string().trim().toUpperCase().length(3) }),
    z.string(),
    z.number(),
  ])
  .transform((input, ctx) => {
    if (typeof input === 'object') return input;
    const parsed = moneyFromText(String(input));
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: `"${input}" is not an amount of money` });
      return z.NEVER;
    }
    return parsed;
  });

/** The JSON Schema of a json-format column as a zod schema; throws when it cannot be used. */
export function jsonOutputSchema(config: AiConfig): z.ZodType {
  return config.outputSchema ? z.fromJSONSchema(config.outputSchema as never) : z.json();
}

const simple = (
  storage: FormatStorage,
  schema: z.ZodType,
  instruction: string,
  jsonSchema: Record<string, unknown>,
): OutputFormatDefinition => ({
  storage,
  value: () => schema,
  answer: () => answerOf(schema),
  instruction: () => instruction,
  jsonSchema: () => jsonSchema,
});

const labelEnum = (config: AiConfig) => ({ type: 'string', enum: config.labels ?? [] });

export const outputFormats: Record<OutputFormat, OutputFormatDefinition> = {
  text: simple('text', text, 'Answer with plain text.', { type: 'string' }),
  url: simple('text', url, 'Answer with one full web address (https://...).', {
    type: 'string',
    format: 'uri',
  }),
  email: simple('text', email, 'Answer with one email address.', { type: 'string', format: 'email' }),
  phone: simple('text', phone, 'Answer with one phone number in international format (+1 555 010 9999).', {
    type: 'string',
  }),
  number: simple('number', number, 'Answer with a number only.', { type: 'number' }),
  grade: simple('number', grade, 'Answer with a whole grade from 1 (worst) to 5 (best).', {
    type: 'integer',
    minimum: 1,
    maximum: 5,
  }),
  date: simple('timestamp', date, 'Answer with a date as YYYY-MM-DD.', { type: 'string', format: 'date' }),
  money: simple('json', money, 'Answer with an amount and its three-letter currency code.', {
    type: 'object',
    properties: { amount: { type: 'number' }, currency: { type: 'string', description: 'ISO 4217 code' } },
    required: ['amount', 'currency'],
    additionalProperties: false,
  }),
  label: {
    storage: 'text',
    value: (config) => labelSchema(config.labels),
    answer: (config) => answerOf(labelSchema(config.labels)),
    instruction: (config) => `Answer with exactly one of: ${(config.labels ?? []).join(', ')}.`,
    jsonSchema: labelEnum,
  },
  multiselect: {
    storage: 'array',
    value: (config) => z.array(labelSchema(config.labels)).max(500),
    answer: (config) => answerOf(z.array(labelSchema(config.labels)).max(500)),
    instruction: (config) => `Answer with every one that applies of: ${(config.labels ?? []).join(', ')}.`,
    jsonSchema: (config) => ({ type: 'array', items: labelEnum(config) }),
  },
  json: {
    storage: 'json',
    value: (config) => jsonOutputSchema(config),
    answer: (config) => answerOf(jsonOutputSchema(config)),
    instruction: () => 'Answer with JSON matching the schema.',
    jsonSchema: (config) => config.outputSchema ?? {},
  },
};

/** The JSON Schema of a whole answer: `{ value }`, where null means the model could not tell. */
export function answerJsonSchema(format: OutputFormat, config: AiConfig): Record<string, unknown> {
  return {
    type: 'object',
    properties: { value: { anyOf: [outputFormats[format].jsonSchema(config), { type: 'null' }] } },
    required: ['value'],
    additionalProperties: false,
  };
}

export const criterionJsonSchema = {
  type: 'object',
  properties: {
    grade: { type: 'integer', minimum: 1, maximum: 5 },
    reason: { type: 'string', description: 'One sentence' },
  },
  required: ['grade', 'reason'],
  additionalProperties: false,
};

/** A criterion grade: the grade is the cell's value, the reason is kept with the cell. */
export const criterionAnswer = z.object({
  grade,
  reason: z.string().max(1000),
});

/** The formats the non-agent kinds always answer in, whatever outputFormat says. */
const kindFormats: Partial<Record<NonNullable<AiConfig['kind']>, OutputFormat>> = {
  criterion_grade: 'grade',
  company_profile: 'json',
  company_name: 'text',
  company_website: 'url',
  company_people_finder: 'json',
  email_finder: 'email',
  phone_finder: 'phone',
  reverse_email_lookup: 'json',
};

/** The format of an AI column: fixed for the kinds that have one; an agent defaults to text. */
export const formatOf = (config: AiConfig): OutputFormat =>
  (config.kind && kindFormats[config.kind]) ?? config.outputFormat ?? 'text';
