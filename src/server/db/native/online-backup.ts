import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type pg from 'pg';
import { clusterArchive } from './cluster-archive.ts';

/** The WAL segment files' names (timeline and position in hex): sorted by name, sorted by position. */
const SEGMENT = /^[0-9A-F]{24}$/;

/**
 * A base backup of the running cluster, as `pg_basebackup -X fetch` makes one (the npm package ships no
 * pg_basebackup, and the system's may be an older major): on one session, `pg_backup_start`, a copy of
 * the folder, `pg_backup_stop`, then the WAL written meanwhile and the `backup_label` it returns. At its
 * first start, the restored cluster replays that WAL from the label's checkpoint to the backup's end:
 * the copy holds exactly the transactions committed before `pg_backup_stop`, whatever was written
 * during the copy. A temporary replication slot keeps the server from recycling that WAL while the copy
 * runs (a checkpoint during a long copy would). Resolves once the backup has started, so a refusal
 * (say, the wrong `wal_level`) is an error here, not a broken archive.
 */
export async function onlineBackup(session: pg.Client, clusterDir: string): Promise<Readable> {
  let startLsn: string;
  try {
    const slot = `ai_tables_backup_${process.pid}_${Date.now()}`;
    await session.query('SELECT pg_create_physical_replication_slot($1, true, true)', [slot]);
    const label = `ai-tables backup ${new Date().toISOString()}`;
    const started = await session.query<{ lsn: string }>('SELECT pg_backup_start($1, true) AS lsn', [label]);
    startLsn = started.rows[0]?.lsn as string;
  } catch (error) {
    await session.end().catch(() => undefined);
    throw error;
  }
  const archive = clusterArchive();
  const copy = async () => {
    await archive.addCluster(clusterDir, true);
    const stopped = await session.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      'SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(false)',
    );
    const stop = stopped.rows[0] as { lsn: string; labelfile: string; spcmapfile: string };
    const names = await session.query<{ first: string; last: string }>(
      'SELECT pg_walfile_name($1) AS first, pg_walfile_name($2) AS last',
      [startLsn, stop.lsn],
    );
    const { first, last } = names.rows[0] as { first: string; last: string };
    const walDir = join(clusterDir, 'pg_wal');
    const segments = (await readdir(walDir))
      .filter((name) => SEGMENT.test(name) && name >= first && name <= last)
      .sort();
    if (segments[0] !== first || segments.at(-1) !== last)
      throw new Error(`WAL segments ${first} to ${last} are not all in ${walDir}`);
    for (const segment of segments) await archive.addFile(join(walDir, segment), `pg_wal/${segment}`);
    await archive.addText('backup_label', stop.labelfile);
    if (stop.spcmapfile) await archive.addText('tablespace_map', stop.spcmapfile);
    archive.finish();
  };
  // The session ends either way: the backup (if still running) is aborted and the slot dropped with it.
  copy().then(
    () => session.end(),
    (error: Error) => {
      archive.fail(error);
      void session.end().catch(() => undefined);
    },
  );
  return archive.output;
}
