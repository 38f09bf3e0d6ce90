import { z } from 'zod';

/** How a provider is called: OpenAI, Anthropic, or any server speaking OpenAI's API (Ollama, vLLM, llama.cpp). */
export const ProviderKind = z.enum(['openai', 'anthropic', 'openai-compatible']);
export type ProviderKind = z.infer<typeof ProviderKind>;

/** A provider as the API shows it: the key is never sent back, only whether one is set and its ends. */
export const Provider = z
  .object({
    id: z.string(),
    kind: ProviderKind,
    name: z.string(),
    baseUrl: z.string().nullable(),
    apiKeySet: z.boolean(),
    apiKeyPreview: z.string().nullable().describe('The key\'s last four characters, e.g. "…a1b2"'),
    defaultModel: z.string().nullable(),
    concurrency: z.number().int().describe('Calls this server makes to the provider at once'),
    source: z.enum(['environment', 'settings']).describe('Environment providers are read-only here'),
  })
  .meta({ id: 'Provider' });
export type Provider = z.infer<typeof Provider>;

const ProviderId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use lowercase letters, digits and dashes (e.g. "ollama")');

export const ProviderInput = z
  .object({
    id: ProviderId,
    kind: ProviderKind,
    name: z.string().trim().min(1).max(128),
    baseUrl: z
      .url({ protocol: /^https?$/, error: 'Expected an http(s) URL' })
      .max(2048)
      .nullable()
      .optional(),
    apiKey: z.string().max(4096).nullable().optional(),
    defaultModel: z.string().max(200).nullable().optional(),
    concurrency: z.number().int().min(1).max(500).optional(),
  })
  .meta({ id: 'ProviderInput' });
export type ProviderInput = z.infer<typeof ProviderInput>;

export const ProviderUpdate = ProviderInput.omit({ id: true }).partial().meta({ id: 'ProviderUpdate' });
export type ProviderUpdate = z.infer<typeof ProviderUpdate>;

/** What the app needs to show the AI settings and to say what to configure when nothing is. */
export const AiSettings = z
  .object({
    providers: z.array(Provider),
    defaultProvider: z.string().nullable().describe('Used by AI columns that name none'),
    defaultModel: z.string().nullable(),
    webSearch: z.boolean().describe('Whether research columns can search the web'),
  })
  .meta({ id: 'AiSettings' });
export type AiSettings = z.infer<typeof AiSettings>;

export const ConnectionTest = z
  .object({
    ok: z.boolean(),
    model: z.string(),
    latencyMs: z.number().int(),
    message: z.string(),
  })
  .meta({ id: 'ConnectionTest' });
export type ConnectionTest = z.infer<typeof ConnectionTest>;
