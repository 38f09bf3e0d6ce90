import type { z } from 'zod';
import { type AnyColumnConfig, type DataType, dataTypes } from '../../contract/data-types/index.ts';
import { asText } from './column-type.ts';

/** An inference test: the value is text that the contract's type reads (with default settings). */
export const parses =
  (type: DataType) =>
  (value: unknown): boolean => {
    const text = asText(value);
    return text !== undefined && dataTypes[type].parseText(text, {}) !== undefined;
  };

/**
 * A refusal by the type's value schema, built once per column config (an import checks millions of
 * values against the same few configs): the first issue's message.
 */
export function schemaRefusal(type: DataType) {
  const schemas = new WeakMap<AnyColumnConfig, z.ZodType>();
  return (value: unknown, config: AnyColumnConfig): string | undefined => {
    let schema = schemas.get(config);
    if (!schema) {
      schema = dataTypes[type].valueSchema(config);
      schemas.set(config, schema);
    }
    const result = schema.safeParse(value);
    return result.success ? undefined : (result.error.issues[0]?.message ?? 'Invalid value');
  };
}

/** A list as a JSON file holds it, its items as text; undefined when the value is not a list. */
export const listOfText = (value: unknown): unknown => (Array.isArray(value) ? value.map(String) : undefined);
