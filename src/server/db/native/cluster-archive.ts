import { once } from 'node:events';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type Pack, pack } from 'tar-stream';

/**
 * Packs a PostgreSQL cluster's folder into a gzipped tar, file by file, while the cluster may be
 * writing to it: files that vanish are left out, files that grow are cut at the size they had when
 * their turn came, files that shrink are padded with zeros. That is what PostgreSQL's own base backup
 * does; the WAL replayed at the restored cluster's first start repairs every such page.
 */
export interface ClusterArchive {
  /** The gzipped tar, to stream to whoever asked for the backup. */
  output: Readable;
  /** Adds the folder's files (as `online` or stopped, see below), `global/pg_control` last. */
  addCluster(clusterDir: string, online: boolean): Promise<void>;
  addFile(path: string, name: string): Promise<void>;
  addText(name: string, text: string): Promise<void>;
  finish(): void;
  fail(error: Error): void;
}

/**
 * What a copy of a running cluster leaves out, as PostgreSQL's base backup does: folders whose
 * contents are rebuilt at start or belong to the running server only (pg_wal's segments are added
 * afterwards, exactly those the backup needs), and files of the running server.
 */
const EMPTIED_WHEN_ONLINE = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
]);
const SKIPPED_WHEN_ONLINE = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_internal.init',
  'backup_label',
  'tablespace_map',
  'backup_label.old',
  'tablespace_map.old',
  'standby.signal',
  'recovery.signal',
  'postgresql.auto.conf.tmp',
  'current_logfiles.tmp',
]);
/** Written last: the copy of the control file must not be older than any page copied before it. */
const CONTROL_FILE = 'global/pg_control';
const CHUNK_BYTES = 1 << 20;

const vanished = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export function clusterArchive(): ClusterArchive {
  const archive: Pack = pack();
  const output = createGzip();
  // A failure destroys the gzip stream too: the reader sees an error, never a tar that merely ends early.
  pipeline(Readable.from(archive), output).catch(() => undefined);
  // A reader that goes away (the backup script stopped) ends the copy: it must not wait forever for a
  // drain, holding the backup session and the WAL its slot keeps.
  const abandoned = new AbortController();
  let finished = false;
  output.once('close', () => {
    if (!finished) abandoned.abort(new Error('The backup was abandoned by its reader'));
  });

  async function addFile(path: string, name: string): Promise<void> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if (vanished(error)) return;
      throw error;
    }
    try {
      const { size, mode, mtime } = await handle.stat();
      let done: (error?: Error | null) => void = () => undefined;
      const written = new Promise<void>((resolve, reject) => {
        done = (error) => (error ? reject(error) : resolve());
      });
      // It may fail while the file is still being read (awaited only at the end): heard either way.
      written.catch(() => undefined);
      const entry = archive.entry({ name, size, mode: mode & 0o7777, mtime }, (error) => done(error));
      // An archive destroyed under the entry (its reader went away) errors it: the copy fails, not the process.
      entry.on('error', (error: Error) => done(error));
      for (let position = 0; position < size; ) {
        const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, size - position));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
        // A file that shrank meanwhile: the rest stays zeros (the tar entry's size is already written).
        position += bytesRead === 0 ? chunk.length : bytesRead;
        if (!entry.write(bytesRead === 0 ? chunk : chunk.subarray(0, bytesRead)))
          await once(entry, 'drain', { signal: abandoned.signal });
      }
      entry.end(null); // no last chunk (streamx's end takes one)
      await written;
    } finally {
      await handle.close();
    }
  }

  /** A folder's entry (no content); an error on it is the archive's, heard by the file entries. */
  function directory(header: { name: string; mode: number; mtime?: Date }): void {
    archive.entry({ ...header, type: 'directory' }).on('error', () => undefined);
  }

  async function addFolder(dir: string, name: string, online: boolean): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (vanished(error)) return;
      throw error;
    }
    for (const item of entries) {
      abandoned.signal.throwIfAborted();
      const path = join(dir, item.name);
      const entryName = name ? `${name}/${item.name}` : item.name;
      if (entryName === CONTROL_FILE || item.name.startsWith('pgsql_tmp')) continue;
      // The server's Unix socket and its lock file live in the cluster's folder.
      if (item.name.startsWith('.s.PGSQL.')) continue;
      if (item.isDirectory()) {
        const stat = await lstat(path).catch((error: unknown) =>
          vanished(error) ? undefined : Promise.reject(error),
        );
        if (!stat) continue;
        directory({ name: entryName, mode: stat.mode & 0o7777, mtime: stat.mtime });
        if (online && name === '' && EMPTIED_WHEN_ONLINE.has(item.name)) {
          if (item.name === 'pg_wal') directory({ name: 'pg_wal/archive_status', mode: 0o700 });
          continue;
        }
        await addFolder(path, entryName, online);
      } else if (item.isFile()) {
        if (online && SKIPPED_WHEN_ONLINE.has(item.name)) continue;
        if (!online && item.name === 'postmaster.pid') continue;
        await addFile(path, entryName);
      }
    }
  }

  return {
    output,
    addFile,
    addCluster: async (clusterDir, online) => {
      await addFolder(clusterDir, '', online);
      await addFile(join(clusterDir, CONTROL_FILE), CONTROL_FILE);
    },
    addText: async (name, text) => {
      await new Promise<void>((resolve, reject) =>
        archive
          .entry({ name, mode: 0o600 }, Buffer.from(text, 'utf8'), (error) =>
            error ? reject(error) : resolve(),
          )
          .on('error', reject),
      );
    },
    finish: () => {
      finished = true;
      archive.finalize();
    },
    fail: (error) => archive.destroy(error),
  };
}

/** A stopped cluster's folder, WAL included: complete as it is. */
export function stoppedClusterArchive(clusterDir: string): Readable {
  const archive = clusterArchive();
  archive.addCluster(clusterDir, false).then(archive.finish, archive.fail);
  return archive.output;
}
