import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requestDump } from './backup-socket.ts';

/**
 * Backup and restore of the embedded store (PGlite), behind two functions so that another embedded
 * engine only has to provide these. The copy is PGlite's own `dumpDataDir` (a gzipped tar of the
 * folder), taken by the running server under its query lock, or by this process when none runs.
 */
export async function dumpEmbedded(
  dataDir: string,
): Promise<{ bytes: Uint8Array; from: 'server' | 'folder' }> {
  // The native store (DATA_DIR/postgres) is not PGlite's: opening the folder with PGlite would create an
  // empty PGlite store beside it, which the next start would take for the store (docs/storage.md).
  if (existsSync(join(dataDir, 'postgres', 'PG_VERSION')))
    throw new Error(
      `${dataDir} holds the native embedded store: stop the server and copy ${join(dataDir, 'postgres')} (docs/storage.md, "how to back it up")`,
    );
  const fromServer = await requestDump(dataDir);
  if (fromServer) return { bytes: fromServer, from: 'server' };
  // PGlite leaves postmaster.pid while it has the store open: opening it a second time would ruin it.
  if (existsSync(join(dataDir, 'postmaster.pid')))
    throw new Error(
      `${dataDir} is open (a server is starting or running there, or one was killed): start the server and run the backup again`,
    );
  const { PGlite } = await import('@electric-sql/pglite');
  const store = await PGlite.create(dataDir);
  try {
    const file = await store.dumpDataDir('gzip');
    return { bytes: new Uint8Array(await file.arrayBuffer()), from: 'folder' };
  } finally {
    await store.close();
  }
}

/** Whether a server is running on the store (it answers on its backup socket). */
export const serverRunning = async (dataDir: string): Promise<boolean> =>
  (await requestDump(dataDir, 'ping')) !== null;

/** Makes `dataDir` (empty or absent) the store held in a dump. */
export async function restoreEmbedded(bytes: Uint8Array, dataDir: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const store = await PGlite.create(dataDir, { loadDataDir: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
  // Opening it proves the copy is whole; closing it cleanly leaves a store the server opens at once.
  await store.query('SELECT 1');
  await store.close();
}
