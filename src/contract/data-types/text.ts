import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

export const MAX_TEXT_LENGTH = 100_000;

/** PostgreSQL text cannot hold the NUL character; say so at the field rather than fail at the store. */
const textSchema = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .refine((text) => !text.includes('\u0000'), { error: 'Text cannot contain the NUL character (\\u0000)' });

export const textType: DataTypeDefinition = {
  valueSchema: () => textSchema,
  parseText: (text) => text,
  writable: true,
};
