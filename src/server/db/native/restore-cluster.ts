import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { ownedFolder } from './cluster.ts';
import { runAsFor } from './run-as.ts';

/**
 * Makes `dataDir/postgres` the cluster held in a gzipped tar made by cluster-archive.ts (a backup of a
 * running cluster, with its backup_label, or a stopped one's folder). It is unpacked beside it and
 * renamed into place when complete, owned by the user the server runs PostgreSQL as; at the next start
 * PostgreSQL recovers from the label (docs/storage.md).
 */
export async function restoreCluster(archive: Readable, dataDir: string): Promise<void> {
  const clusterDir = resolve(dataDir, 'postgres');
  if (existsSync(clusterDir)) throw new Error(`${clusterDir} exists: move it aside first`);
  const staging = `${clusterDir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const runAs = runAsFor(clusterDir);
  ownedFolder(staging, runAs);
  const own = async (path: string) => {
    if (runAs.uid !== undefined) await chown(path, runAs.uid, runAs.gid ?? runAs.uid);
  };
  const entries = extract();
  const unpacked = pipeline(archive, createGunzip(), entries);
  unpacked.catch(() => undefined); // awaited below, once the entries are written
  for await (const entry of entries) {
    const { name, type, mode = 0o600 } = entry.header;
    const path = resolve(staging, name);
    if (relative(staging, path).startsWith('..')) throw new Error(`${name}: a path outside the cluster`);
    if (type === 'directory') {
      await mkdir(path, { recursive: true, mode });
      await own(path);
    } else if (type === 'file') {
      await pipeline(entry, createWriteStream(path, { mode }));
      await own(path);
      continue;
    }
    entry.resume();
  }
  await unpacked;
  if (!existsSync(join(staging, 'PG_VERSION'))) throw new Error('The backup holds no PostgreSQL cluster');
  renameSync(staging, clusterDir);
}
