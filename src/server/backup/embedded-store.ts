import { createReadStream, createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stoppedClusterArchive } from '../db/native/cluster-archive.ts';
import { restoreCluster } from '../db/native/restore-cluster.ts';
import { requestBackup } from './backup-socket.ts';

/** Which embedded store a DATA_DIR holds (docs/storage.md): the native PostgreSQL cluster, or PGlite. */
export type EmbeddedKind = 'native' | 'pglite';

const clusterOf = (dataDir: string) => join(dataDir, 'postgres');

/**
 * Backup and restore of the embedded store, either kind, as a gzipped tar. A running server makes the
 * copy (the native store's online base backup, PGlite's own `dumpDataDir` under its query lock); when
 * none runs, this process copies the stopped store's folder.
 */
export async function backupEmbedded(
  dataDir: string,
  file: string,
): Promise<{ kind: EmbeddedKind; from: 'server' | 'folder' }> {
  const kind: EmbeddedKind = existsSync(join(clusterOf(dataDir), 'PG_VERSION')) ? 'native' : 'pglite';
  if (await requestBackup(dataDir, file)) return { kind, from: 'server' };
  // Both stores leave postmaster.pid while open: copying a store that is in use is no backup, and opening
  // PGlite's a second time would ruin it.
  if (existsSync(join(kind === 'native' ? clusterOf(dataDir) : dataDir, 'postmaster.pid')))
    throw new Error(
      `${dataDir} is open (a server is starting or running there, or one was killed): start the server and run the backup again`,
    );
  if (kind === 'native') {
    await pipeline(stoppedClusterArchive(clusterOf(dataDir)), createWriteStream(file));
    return { kind, from: 'folder' };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const store = await PGlite.create(dataDir);
  try {
    const dump = await store.dumpDataDir('gzip');
    writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
    return { kind, from: 'folder' };
  } finally {
    await store.close();
  }
}

/** Whether a server is running on the store (it answers on its backup socket). */
export const serverRunning = (dataDir: string): Promise<boolean> => requestBackup(dataDir, null);

/** Makes `dataDir` (empty or absent) the store held in a backup made by backupEmbedded. */
export async function restoreEmbedded(file: string, kind: EmbeddedKind, dataDir: string): Promise<void> {
  if (kind === 'native') return restoreCluster(createReadStream(file), dataDir);
  const { PGlite } = await import('@electric-sql/pglite');
  const store = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  // Opening it proves the copy is whole; closing it cleanly leaves a store the server opens at once.
  await store.query('SELECT 1');
  await store.close();
}
