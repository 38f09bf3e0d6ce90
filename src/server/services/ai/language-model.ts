import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { guardedFetch } from '../../net/outbound.ts';
import type { ProviderConfig } from './provider-config.ts';

type ModelFactory = (model: string) => LanguageModel;

/** Provider clients by configuration: building one per call would redo its setup for every cell. */
const factories = new Map<string, ModelFactory>();

function factoryFor(provider: ProviderConfig): ModelFactory {
  // A base URL the operator configured is reached whatever its address (a model server on localhost).
  const trustedOrigins = provider.baseUrl ? [provider.baseUrl] : [];
  const settings = { apiKey: provider.apiKey ?? undefined, fetch: guardedFetch({ trustedOrigins }) };
  switch (provider.kind) {
    case 'anthropic': {
      const anthropic = createAnthropic({ ...settings, baseURL: provider.baseUrl ?? undefined });
      return (model) => anthropic(model);
    }
    case 'openai': {
      // Chat completions, as every OpenAI-compatible server speaks them too.
      const openai = createOpenAI({ ...settings, baseURL: provider.baseUrl ?? undefined });
      return (model) => openai.chat(model);
    }
    case 'openai-compatible': {
      const compatible = createOpenAICompatible({
        ...settings,
        name: provider.id,
        baseURL: provider.baseUrl ?? 'http://localhost:11434/v1',
        supportsStructuredOutputs: true,
        includeUsage: true,
      });
      return (model) => compatible.chatModel(model);
    }
  }
}

const models = new Map<string, LanguageModel>();

/** The AI SDK model for a provider and model name, made once per configuration. */
export function languageModel(provider: ProviderConfig, model: string): LanguageModel {
  const key = JSON.stringify([provider.id, provider.kind, provider.baseUrl, provider.apiKey]);
  let found = models.get(`${key}:${model}`);
  if (!found) {
    let factory = factories.get(key);
    if (!factory) {
      factory = factoryFor(provider);
      factories.set(key, factory);
    }
    found = factory(model);
    models.set(`${key}:${model}`, found);
  }
  return found;
}
