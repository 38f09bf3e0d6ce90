import { inject, onTestFinished } from 'vitest';
import { copyOfStore } from './store-copy.ts';

/**
 * Whether the suite runs on an embedded store (native PostgreSQL or PGlite in a DATA_DIR), which belongs
 * to one server process: a test that starts servers of its own gives each a fresh store. On an external
 * PostgreSQL (DATABASE_URL) servers share the database, as in production.
 */
export const onEmbeddedStore = (): boolean => inject('engine') !== 'postgres';

/** A fresh embedded store of the suite's kind (EMBEDDED_STORE) in a new temporary DATA_DIR: a copy of an empty one. */
export function freshEmbeddedStore(): Record<string, string> {
  const empty = inject('emptyStore');
  if (!empty) throw new Error('freshEmbeddedStore() needs an embedded store suite');
  return { ...inject('storeEnv'), DATA_DIR: copyOfStore(empty) };
}

/**
 * The environment of a fresh store of the suite's kind for a server a test starts itself: a new
 * embedded store, or a new database on the suite's PostgreSQL, dropped when the test finishes.
 */
export async function freshStoreEnv(): Promise<Record<string, string>> {
  if (onEmbeddedStore()) return freshEmbeddedStore();
  const db = await (await import('./postgres.ts')).createTestDatabase();
  onTestFinished(() => db.drop());
  return { DATABASE_URL: db.url };
}
