import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { aiProviders } from '../../db/schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';

/**
 * Encrypts provider keys stored before encryption existed. Runs at every start and changes only values
 * not sealed yet, so it is a migration that needs the key: SQL migrations cannot do it, as the key never
 * enters the database. Returns how many records it sealed (webhook headers: triggers/webhook-secrets.ts).
 */
export async function sealStoredProviderKeys(db: Db, box: SecretBox): Promise<number> {
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
  return sealed;
}
