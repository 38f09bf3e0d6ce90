import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The key file made in the data directory when AI_TABLES_SECRET_KEY is not set. */
export const KEY_FILE = 'secret.key';

/**
 * The key secrets are encrypted with: AI_TABLES_SECRET_KEY (any string of 16 characters or more,
 * hashed to 32 bytes), or else 32 random bytes generated once into DATA_DIR/secret.key, readable by
 * its owner only. Servers sharing one PostgreSQL must share the key, so they set the variable.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured !== undefined) {
    if (configured.length < 16) throw new Error('AI_TABLES_SECRET_KEY must be at least 16 characters');
    return createHash('sha256').update(configured, 'utf8').digest();
  }
  const path = join(dataDir, KEY_FILE);
  try {
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    // 'wx': if another process made the file meanwhile, its key wins and is read below.
    writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  }
}
