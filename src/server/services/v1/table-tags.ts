import { eq } from 'drizzle-orm';
import { userTables } from '../../db/schema.ts';
import type { Store } from '../store/store.ts';

/** Sets a table's tags (null: none). Tags label a table for its client; no version moves. */
export async function setTableTags(store: Store, tableId: string, tags: string[] | null): Promise<void> {
  await store.db.update(userTables).set({ tags }).where(eq(userTables.id, tableId));
}

/** A table's tags, null when none were given. */
export async function tableTags(store: Store, tableId: string): Promise<string[] | null> {
  const [record] = await store.db
    .select({ tags: userTables.tags })
    .from(userTables)
    .where(eq(userTables.id, tableId));
  return record?.tags ?? null;
}
