import { generateText } from 'ai';
import type { ConnectionTest } from '../../../contract/providers.ts';
import { classifyCallError } from './call-errors.ts';
import { languageModel } from './language-model.ts';
import { KIND_DEFAULT_MODELS } from './provider-config.ts';
import type { Providers } from './providers.ts';

const TIMEOUT_MS = 20_000;

/** Asks the provider for a one-word answer: proves the address, the key and the model in one go. */
export async function testConnection(providers: Providers, providerId: string): Promise<ConnectionTest> {
  const provider = await providers.get(providerId);
  const defaults = await providers.defaults();
  const model =
    provider.defaultModel ??
    (defaults.provider?.id === provider.id ? defaults.model : null) ??
    KIND_DEFAULT_MODELS[provider.kind];
  if (!model)
    return { ok: false, model: '', latencyMs: 0, message: 'Choose a default model for this provider first' };
  const started = performance.now();
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const result = await generateText({
      model: languageModel(provider, model),
      prompt: 'Reply with the single word OK.',
      maxRetries: 0,
      abortSignal: timeout,
    });
    const latencyMs = Math.round(performance.now() - started);
    return {
      ok: true,
      model,
      latencyMs,
      message: `Answered in ${latencyMs} ms: "${result.text.trim().slice(0, 80)}"`,
    };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    return {
      ok: false,
      model,
      latencyMs,
      message: classifyCallError(error, { timedOut: timeout.aborted, timeoutMs: TIMEOUT_MS }).message,
    };
  }
}
