import { z } from 'zod';
import { type DataTypeDefinition, noSettings } from './data-type.ts';

/** 2 MiB of text per cell: a 1 MB cell from an import or a paste is kept whole. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;

/** PostgreSQL text cannot hold the NUL character; say so at the field rather than fail at the store. */
export const textSchema = z
  .string()
  .max(MAX_TEXT_LENGTH, { error: `Text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters` })
  .refine((text) => !text.includes('\u0000'), { error: 'Text cannot contain the NUL character (\\u0000)' });

export const textType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => textSchema,
  parseText: (text) => text,
  keepsEmptyText: true,
  enrichment: {},
  writable: true,
};

/** Long rich text in Markdown: stored and validated as text; the app renders a safe subset of it. */
export const markdownType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => textSchema,
  parseText: (text) => text,
  writable: true,
};
