import type { Provider, ProviderKind } from '../../../contract/providers.ts';
import type { AiConfig } from '../../config.ts';

/** A provider with its secret: what the engine calls with. Never sent to clients as is. */
export interface ProviderConfig {
  id: string;
  kind: ProviderKind;
  name: string;
  baseUrl: string | null;
  apiKey: string | null;
  defaultModel: string | null;
  concurrency: number;
  source: 'environment' | 'settings';
}

/** The model each kind uses when neither the column, the provider nor AI_TABLES_MODEL names one. */
export const KIND_DEFAULT_MODELS: Record<ProviderKind, string | null> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-latest',
  'openai-compatible': null,
};

/** Providers configured by environment variables, in the order they are preferred as the default. */
export function environmentProviders(ai: AiConfig): ProviderConfig[] {
  const providers: ProviderConfig[] = [];
  if (ai.openaiApiKey || ai.openaiBaseUrl) {
    providers.push({
      id: 'openai',
      kind: ai.openaiBaseUrl ? 'openai-compatible' : 'openai',
      name: ai.openaiBaseUrl ? `OpenAI-compatible (${new URL(ai.openaiBaseUrl).host})` : 'OpenAI',
      baseUrl: ai.openaiBaseUrl ?? null,
      apiKey: ai.openaiApiKey ?? null,
      defaultModel: null,
      concurrency: ai.concurrency,
      source: 'environment',
    });
  }
  if (ai.anthropicApiKey) {
    providers.push({
      id: 'anthropic',
      kind: 'anthropic',
      name: 'Anthropic',
      baseUrl: null,
      apiKey: ai.anthropicApiKey,
      defaultModel: null,
      concurrency: ai.concurrency,
      source: 'environment',
    });
  }
  return providers;
}

/**
 * "…a1b2": the last four characters, enough to tell two keys apart and nothing more (OWASP's advice
 * for masked secrets); a key's first characters are often a vendor's prefix, but not always, and
 * every character shown is one fewer to guess. Short keys show nothing.
 */
export function previewKey(key: string | null): string | null {
  if (!key) return null;
  return key.length > 12 ? `…${key.slice(-4)}` : '••••';
}

/** A provider as clients see it. */
export function toPublicProvider(config: ProviderConfig): Provider {
  return {
    id: config.id,
    kind: config.kind,
    name: config.name,
    baseUrl: config.baseUrl,
    apiKeySet: Boolean(config.apiKey),
    apiKeyPreview: previewKey(config.apiKey),
    defaultModel: config.defaultModel,
    concurrency: config.concurrency,
    source: config.source,
  };
}
