import { extractItems } from './extract-answer.ts';

// What the fake provider answers when no rule applies: a value of the shape the client asked for,
// derived from the prompt, so that a test can tell which row an answer belongs to.

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  format?: string;
  minimum?: number;
  maximum?: number;
};

const typeOf = (schema: Schema): string | undefined =>
  Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type;

/** A deterministic value for `schema`, from the prompt's text. */
export function answerFor(schema: Schema | undefined, prompt: string): unknown {
  if (!schema) return `Answer to: ${prompt}`;
  const extracted = extractItems(schema, prompt);
  if (extracted) return extracted;
  if (schema.anyOf) return answerFor(schema.anyOf.find((option) => typeOf(option) !== 'null') ?? {}, prompt);
  if (schema.enum) {
    const options = schema.enum.filter((option) => option !== null);
    return (
      options.find((option) => prompt.toLowerCase().includes(String(option).toLowerCase())) ?? options[0]
    );
  }
  switch (typeOf(schema)) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, inner]) => [key, answerFor(inner, prompt)]),
      );
    case 'array':
      return [answerFor(schema.items, prompt)];
    case 'integer': {
      const low = schema.minimum ?? 0;
      const high = schema.maximum ?? 100;
      return low + (prompt.length % (high - low + 1));
    }
    case 'number':
      return prompt.length;
    case 'boolean':
      return prompt.length % 2 === 0;
    default:
      if (schema.format === 'date') return '2026-04-03';
      if (schema.format === 'uri') return `https://example.com/${prompt.length}`;
      if (schema.format === 'email') return `contact${prompt.length}@example.com`;
      return `Answer to: ${prompt}`;
  }
}
