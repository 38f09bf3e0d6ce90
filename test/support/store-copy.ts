import { execFileSync } from 'node:child_process';
import { tempDataDir } from './server-process.ts';

/**
 * A copy of the empty store in a new DATA_DIR. `cp -a` keeps the owner the native PostgreSQL runs as
 * when the tests run as root. Creating a store costs PGlite ~10 s of CPU and the native one ~1.5 s more
 * than a restart; the tests that start servers of their own make about forty.
 */
export function copyOfStore(template: string): string {
  const dataDir = tempDataDir();
  execFileSync('cp', ['-a', `${template}/.`, dataDir]);
  return dataDir;
}
