import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { triggers } from '../../db/schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';

/** What the API shows for a webhook header's value; sent back unchanged, it keeps the stored value. */
export const HIDDEN_VALUE = '••••••••';

type Config = Record<string, unknown>;
type Headers = Record<string, string>;

const headersOf = (config: Config): Headers | undefined =>
  config.headers && typeof config.headers === 'object' ? (config.headers as Headers) : undefined;

/** The config with its header values mapped; the same shape as it came in. */
const withHeaders = <C extends Config>(config: C, map: (name: string, value: string) => string): C => {
  const headers = headersOf(config);
  if (!headers) return config;
  return {
    ...config,
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, map(name, value)])),
  };
};

/**
 * A webhook config as it is stored: header values (tokens, signatures) sealed. A value sent back as
 * HIDDEN_VALUE keeps what `stored` holds for that header; a sealed value is kept as is.
 */
export function sealActionConfig(
  box: SecretBox,
  actionType: string,
  config: Config,
  stored?: Config,
): Config {
  if (actionType !== 'webhook') return config;
  const previous = stored ? headersOf(stored) : undefined;
  return withHeaders(config, (name, value) => {
    if (value === HIDDEN_VALUE && previous?.[name] !== undefined) return previous[name] as string;
    return box.isSealed(value) ? value : box.seal(value);
  });
}

/** A stored config as the API shows it: header names, never their values. */
export const hideActionConfig = <C extends Config>(config: C): C => withHeaders(config, () => HIDDEN_VALUE);

/** A stored config as the action uses it: header values decrypted. */
export const openActionConfig = (box: SecretBox, config: Config): Config =>
  withHeaders(config, (_, value) => box.open(value));

/**
 * Encrypts webhook headers stored before encryption existed, at every start, like provider keys
 * (ai/seal-stored-keys.ts): only values not sealed yet. Returns how many triggers it sealed.
 */
export async function sealStoredWebhooks(db: Db, box: SecretBox): Promise<number> {
  let sealed = 0;
  const hooks = await db
    .select({ id: triggers.id, actionConfig: triggers.actionConfig })
    .from(triggers)
    .where(eq(triggers.actionType, 'webhook'));
  for (const hook of hooks) {
    const config = hook.actionConfig as Record<string, unknown>;
    const next = sealActionConfig(box, 'webhook', config);
    if (JSON.stringify(next) === JSON.stringify(config)) continue;
    await db.update(triggers).set({ actionConfig: next }).where(eq(triggers.id, hook.id));
    sealed++;
  }
  return sealed;
}
