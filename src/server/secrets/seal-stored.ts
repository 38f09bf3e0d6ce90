import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { aiProviders, triggers } from '../db/schema.ts';
import { sealActionConfig } from '../services/triggers/webhook-secrets.ts';
import type { SecretBox } from './secret-box.ts';

/**
 * Encrypts secrets stored before encryption existed (provider keys, webhook headers). Runs at every
 * start and changes only values not sealed yet, so it is a migration that needs the key: SQL
 * migrations cannot do it, as the key never enters the database. Returns how many records it sealed.
 */
export async function sealStoredSecrets(db: Db, box: SecretBox): Promise<number> {
  let sealed = 0;
  for (const provider of await db
    .select({ id: aiProviders.id, apiKey: aiProviders.apiKey })
    .from(aiProviders)) {
    if (!provider.apiKey || box.isSealed(provider.apiKey)) continue;
    await db
      .update(aiProviders)
      .set({ apiKey: box.seal(provider.apiKey) })
      .where(eq(aiProviders.id, provider.id));
    sealed++;
  }
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
