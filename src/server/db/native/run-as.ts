import { execFileSync, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { userInfo } from 'node:os';

/** The account the PostgreSQL processes run as; empty when that is the app's own. */
export interface RunAs {
  uid?: number;
  gid?: number;
  name: string;
}

/** The system account created for the store when the app runs as root and the cluster has no owner yet. */
const SERVICE_USER = 'ai-tables';

const lookUp = (name: string): RunAs | undefined => {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid, gid, name };
  } catch {
    return undefined;
  }
};

/**
 * Who runs PostgreSQL, which refuses to run as root. A normal user runs it as themselves. Root runs it
 * as the owner of an existing cluster (a store created before as that user stays theirs), else as the
 * `ai-tables` system account, created here (no home, no shell) when missing.
 */
export function runAsFor(clusterDir: string): RunAs {
  if (userInfo().uid !== 0) return { name: userInfo().username };
  const owner = ownerOf(clusterDir);
  if (owner !== undefined && owner.uid !== 0) return owner;
  const existing = lookUp(SERVICE_USER);
  if (existing) return existing;
  execFileSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVICE_USER],
    { stdio: 'pipe' },
  );
  const created = lookUp(SERVICE_USER);
  if (!created) throw new Error(`Could not create the system user ${SERVICE_USER} to run PostgreSQL as`);
  return created;
}

function ownerOf(path: string): RunAs | undefined {
  try {
    const { uid, gid } = statSync(path);
    return { uid, gid, name: String(uid) };
  } catch {
    return undefined;
  }
}

/**
 * Whether `runAs` can use `path` (run `test -<flag>` as that user): a store under a folder only root can
 * enter (/root, say) cannot be served by an unprivileged PostgreSQL.
 */
export function canUse(runAs: RunAs, path: string, flag: 'x' | 'w'): boolean {
  if (runAs.uid === undefined) return true;
  return spawnSync('test', [`-${flag}`, path], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}
