import { z } from 'zod';

/** The contact provider as the API shows it: the key is never sent back, only whether one is set and its ends. */
export const ContactProvider = z
  .object({
    kind: z.enum(['http-json']),
    name: z.string(),
    baseUrl: z.string(),
    apiKeySet: z.boolean(),
    apiKeyPreview: z.string().nullable(),
    source: z.enum(['environment', 'settings']).describe('An environment provider is read-only here'),
  })
  .meta({ id: 'ContactProvider' });
export type ContactProvider = z.infer<typeof ContactProvider>;

/** What email, phone and reverse-email columns look contacts up with; null when nothing is configured. */
export const ContactSettings = z
  .object({ provider: ContactProvider.nullable() })
  .meta({ id: 'ContactSettings' });
export type ContactSettings = z.infer<typeof ContactSettings>;

export const ContactProviderInput = z
  .object({
    kind: z.enum(['http-json']).default('http-json'),
    name: z.string().trim().min(1).max(128),
    baseUrl: z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' }).max(2048),
    apiKey: z.string().max(4096).nullable().optional().describe('An empty key keeps the stored one'),
  })
  .meta({ id: 'ContactProviderInput' });
export type ContactProviderInput = z.infer<typeof ContactProviderInput>;
