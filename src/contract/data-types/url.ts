import { z } from 'zod';
import { type DataTypeDefinition, noSettings } from './data-type.ts';

const urlSchema = z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' }).max(4096);
const emailSchema = z.email({ error: 'Expected an email address' }).max(320);

export const urlType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => urlSchema,
  parseText: (text) => (urlSchema.safeParse(text.trim()).success ? text.trim() : undefined),
  enrichment: {},
  writable: true,
};

export const emailType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => emailSchema,
  parseText: (text) => (emailSchema.safeParse(text.trim()).success ? text.trim() : undefined),
  enrichment: {},
  writable: true,
};
