import type { ProviderKind } from '../../../../contract/providers.ts';

/** How each kind is named, and what its fields expect, in the settings. */
export const PROVIDER_KINDS: Record<
  ProviderKind,
  { label: string; modelExample: string; baseUrlHint: string }
> = {
  openai: {
    label: 'OpenAI',
    modelExample: 'gpt-4o-mini',
    baseUrlHint: 'Leave empty for api.openai.com; set it for a proxy or gateway.',
  },
  anthropic: {
    label: 'Anthropic',
    modelExample: 'claude-3-5-haiku-latest',
    baseUrlHint: 'Leave empty for api.anthropic.com; set it for a proxy or gateway.',
  },
  'openai-compatible': {
    label: 'OpenAI-compatible',
    modelExample: 'llama3.2',
    baseUrlHint: 'Required. Ollama: http://localhost:11434/v1 · vLLM, llama.cpp: http://host:8000/v1',
  },
};

/** The name of a kind, for the provider list. */
export const kindLabel = (kind: ProviderKind) => PROVIDER_KINDS[kind].label;
