import { eq } from 'drizzle-orm';
import type {
  ContactProviderInput,
  ContactSettings,
  ContactProvider as PublicContactProvider,
} from '../../../contract/contacts.ts';
import type { Config } from '../../config.ts';
import { contactProviders } from '../../db/schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import { previewKey } from '../ai/provider-config.ts';
import { ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { ContactProvider, ContactProviderConfig } from './contact-provider.ts';
import { httpJsonProvider } from './http-json-provider.ts';

/** Settings are re-read at most this often: another server may have changed them. */
const SETTINGS_TTL_MS = 5_000;
const SETTINGS_ID = 'default';

/**
 * The contact provider of this server: the environment's (CONTACTS_PROVIDER_URL) when set, else the one
 * added in Settings. Read like the AI providers, its key kept sealed in the store.
 */
export class ContactProviders {
  readonly #store: Store;
  readonly #env: Config['contacts'];
  readonly #secrets: SecretBox;
  #settings: ContactProviderConfig | null = null;
  #loadedAt = Number.NEGATIVE_INFINITY;

  constructor(store: Store, env: Config['contacts'], secrets: SecretBox) {
    this.#store = store;
    this.#env = env;
    this.#secrets = secrets;
  }

  async config(): Promise<ContactProviderConfig | null> {
    if (this.#env.url)
      return {
        kind: 'http-json',
        name: new URL(this.#env.url).host,
        baseUrl: this.#env.url,
        apiKey: this.#env.apiKey ?? null,
        source: 'environment',
      };
    if (performance.now() - this.#loadedAt > SETTINGS_TTL_MS) {
      const [record] = await this.#store.db
        .select()
        .from(contactProviders)
        .where(eq(contactProviders.id, SETTINGS_ID));
      this.#settings = record
        ? {
            kind: 'http-json',
            name: record.name,
            baseUrl: record.baseUrl,
            apiKey: this.#openKey(record.apiKey),
            source: 'settings',
          }
        : null;
      this.#loadedAt = performance.now();
    }
    return this.#settings;
  }

  /** The provider lookups go to, or null when none is configured. */
  async current(): Promise<ContactProvider | null> {
    const config = await this.config();
    return config ? httpJsonProvider(config) : null;
  }

  async settings(): Promise<ContactSettings> {
    const config = await this.config();
    return { provider: config ? toPublic(config) : null };
  }

  /** Sets the Settings provider; an empty or absent key keeps the stored one. */
  async save(input: ContactProviderInput): Promise<ContactSettings> {
    this.#refuseEnvironment();
    const [current] = await this.#store.db
      .select()
      .from(contactProviders)
      .where(eq(contactProviders.id, SETTINGS_ID));
    const apiKey = input.apiKey ? this.#secrets.seal(input.apiKey) : (current?.apiKey ?? null);
    const values = {
      kind: input.kind,
      name: input.name,
      baseUrl: input.baseUrl,
      apiKey,
      updatedAt: new Date(),
    };
    await this.#store.db
      .insert(contactProviders)
      .values({ id: SETTINGS_ID, ...values })
      .onConflictDoUpdate({ target: contactProviders.id, set: values });
    this.#loadedAt = Number.NEGATIVE_INFINITY;
    return this.settings();
  }

  async remove(): Promise<void> {
    this.#refuseEnvironment();
    await this.#store.db.delete(contactProviders).where(eq(contactProviders.id, SETTINGS_ID));
    this.#loadedAt = Number.NEGATIVE_INFINITY;
  }

  #refuseEnvironment(): void {
    if (this.#env.url)
      throw new ValidationError('The contact provider comes from the environment', [
        { path: 'baseUrl', message: 'CONTACTS_PROVIDER_URL is set; change it in the environment' },
      ]);
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
}

const toPublic = (config: ContactProviderConfig): PublicContactProvider => ({
  kind: config.kind,
  name: config.name,
  baseUrl: config.baseUrl,
  apiKeySet: Boolean(config.apiKey),
  apiKeyPreview: previewKey(config.apiKey),
  source: config.source,
});
