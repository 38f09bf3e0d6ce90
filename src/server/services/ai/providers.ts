import { asc, eq } from 'drizzle-orm';
import type { ColumnConfigOf } from '../../../contract/data-types/index.ts';
import type { ProviderInput, ProviderUpdate } from '../../../contract/providers.ts';
import type { AiConfig } from '../../config.ts';
import { aiProviders } from '../../db/schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { PriceBook } from './price-book.ts';
import { environmentProviders, KIND_DEFAULT_MODELS, type ProviderConfig } from './provider-config.ts';

/** Why cells routed to a provider removed from Settings are not called. */
export const providerGone = (id: string) =>
  `The provider "${id}" is not configured any more; pick another in the column's settings`;

/** Settings providers are re-read at most this often: another server may have changed them. */
const SETTINGS_TTL_MS = 5_000;

/** Where a cell's call goes, or why it cannot go anywhere. */
export type Resolved = { provider: ProviderConfig; model: string } | { error: string };

export const NO_PROVIDER =
  'No AI provider is configured. Set OPENAI_API_KEY, OPENAI_BASE_URL (Ollama, vLLM, llama.cpp) or ANTHROPIC_API_KEY, or add a provider in Settings.';

/**
 * The AI providers this server can call: those from the environment, then those added in the settings
 * panel (stored in ai_providers). The engine asks it where each cell's call goes.
 */
export class Providers {
  readonly #store: Store;
  readonly #ai: AiConfig;
  readonly #secrets: SecretBox;
  /** What each model's tokens cost: the engine prices runs and budgets with it. */
  readonly prices: PriceBook;
  #settings: ProviderConfig[] = [];
  #loadedAt = Number.NEGATIVE_INFINITY;

  constructor(store: Store, ai: AiConfig, secrets: SecretBox) {
    this.#store = store;
    this.#ai = ai;
    this.#secrets = secrets;
    this.prices = new PriceBook(store.db);
  }

  async list(): Promise<ProviderConfig[]> {
    if (performance.now() - this.#loadedAt > SETTINGS_TTL_MS) {
      const records = await this.#store.db.select().from(aiProviders).orderBy(asc(aiProviders.createdAt));
      this.#settings = records.map((record) => ({
        ...record,
        apiKey: this.#openKey(record.apiKey),
        kind: record.kind as ProviderConfig['kind'],
        source: 'settings',
      }));
      this.#loadedAt = performance.now();
    }
    return [...environmentProviders(this.#ai), ...this.#settings];
  }

  /** A stored key in plain text; one that cannot be decrypted (the key changed) counts as not set. */
  #openKey(stored: string | null): string | null {
    if (!stored) return null;
    try {
      return this.#secrets.open(stored);
    } catch {
      return null;
    }
  }

  async get(id: string): Promise<ProviderConfig> {
    const found = (await this.list()).find((provider) => provider.id === id);
    if (!found) throw new NotFoundError('Provider not found');
    return found;
  }

  /** The provider and model used when a column names neither: AI_TABLES_MODEL ("provider:model" or "model"). */
  async defaults(): Promise<{ provider: ProviderConfig | null; model: string | null }> {
    const providers = await this.list();
    const [prefix, ...rest] = (this.#ai.defaultModel ?? '').split(':');
    const named = rest.length > 0 ? providers.find((provider) => provider.id === prefix) : undefined;
    const provider = named ?? providers[0] ?? null;
    const model = rest.length > 0 && named ? rest.join(':') : (this.#ai.defaultModel ?? null);
    return {
      provider,
      model: model || provider?.defaultModel || (provider && KIND_DEFAULT_MODELS[provider.kind]) || null,
    };
  }

  /** Where an AI column's calls go: the provider, model and agent type its settings (or a job) name. */
  async resolve(config: Pick<ColumnConfigOf<'ai'>, 'provider' | 'model' | 'agentType'>): Promise<Resolved> {
    const providers = await this.list();
    if (providers.length === 0) return { error: NO_PROVIDER };
    const defaults = await this.defaults();
    const provider = config.provider
      ? providers.find((candidate) => candidate.id === config.provider)
      : defaults.provider;
    if (!provider) return { error: providerGone(config.provider ?? '') };
    const model =
      config.model ||
      (config.agentType === 'research_reasoning' ? this.#ai.reasoningModel : undefined) ||
      (provider === defaults.provider ? defaults.model : null) ||
      provider.defaultModel ||
      KIND_DEFAULT_MODELS[provider.kind];
    if (!model)
      return { error: `Choose a model for the provider "${provider.name}" (in the column or in Settings)` };
    return { provider, model };
  }

  async create(input: ProviderInput): Promise<ProviderConfig> {
    if ((await this.list()).some((provider) => provider.id === input.id)) {
      throw new ValidationError('Invalid provider', [
        { path: 'id', message: `A provider "${input.id}" exists already` },
      ]);
    }
    await this.#store.db.insert(aiProviders).values({
      id: input.id,
      kind: input.kind,
      name: input.name,
      baseUrl: input.baseUrl ?? null,
      apiKey: input.apiKey ? this.#secrets.seal(input.apiKey) : null,
      defaultModel: input.defaultModel ?? null,
      concurrency: input.concurrency ?? this.#ai.concurrency,
    });
    this.#loadedAt = Number.NEGATIVE_INFINITY;
    return this.get(input.id);
  }

  async update(id: string, input: ProviderUpdate): Promise<ProviderConfig> {
    const current = await this.get(id);
    if (current.source === 'environment') {
      throw new ValidationError('Environment providers are changed in the environment', [
        { path: 'id', message: `"${id}" comes from environment variables` },
      ]);
    }
    await this.#store.db
      .update(aiProviders)
      .set({
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.name !== undefined && { name: input.name }),
        ...(input.baseUrl !== undefined && { baseUrl: input.baseUrl }),
        // An empty key in an update keeps the stored one: clients never hold it to send back.
        ...(input.apiKey !== undefined &&
          input.apiKey !== '' && { apiKey: input.apiKey === null ? null : this.#secrets.seal(input.apiKey) }),
        ...(input.defaultModel !== undefined && { defaultModel: input.defaultModel }),
        ...(input.concurrency !== undefined && { concurrency: input.concurrency }),
        updatedAt: new Date(),
      })
      .where(eq(aiProviders.id, id));
    this.#loadedAt = Number.NEGATIVE_INFINITY;
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id);
    if (current.source === 'environment') {
      throw new ValidationError('Environment providers are removed from the environment', [
        { path: 'id', message: `"${id}" comes from environment variables` },
      ]);
    }
    await this.#store.db.delete(aiProviders).where(eq(aiProviders.id, id));
    this.#loadedAt = Number.NEGATIVE_INFINITY;
  }
}
