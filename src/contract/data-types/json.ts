import { z } from 'zod';
import { type DataTypeDefinition, noSettings } from './data-type.ts';

/** 1 MiB of JSON text per cell: documents, not data sets. */
const MAX_JSON_TEXT = 1024 * 1024;

const jsonSchema = z.json().refine((value) => JSON.stringify(value).length <= MAX_JSON_TEXT, {
  error: `JSON is longer than ${MAX_JSON_TEXT.toLocaleString('en')} characters`,
});

/**
 * Any JSON value (object, array, string, number, boolean). Typed or pasted text must be JSON: `hello`
 * is refused, `"hello"` is a string. Text of it is compact JSON, so it reads back as the same value.
 */
export const jsonType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => jsonSchema,
  parseText: (text) => {
    try {
      const value: unknown = JSON.parse(text);
      return jsonSchema.safeParse(value).success ? value : undefined;
    } catch {
      return undefined;
    }
  },
  formatText: (value) => JSON.stringify(value),
  unreadableText: 'Not valid JSON (text needs its quotes: "hello")',
  writable: true,
};
