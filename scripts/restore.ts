// npm run restore -- <backup folder> [--force]: puts a backup made by `npm run backup` back. The
// server must be stopped. An existing embedded store is moved aside (with --force), never deleted.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type EmbeddedKind, restoreEmbedded, serverRunning } from '../src/server/backup/embedded-store.ts';
import { loadConfig } from '../src/server/config.ts';
import { KEY_FILE } from '../src/server/secrets/secret-key.ts';

try {
  process.loadEnvFile();
} catch {
  // No .env file: configuration comes from the environment alone.
}
const config = loadConfig();
const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean' } },
  allowPositionals: true,
});
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const from = resolve(positionals[0] ?? fail('Usage: npm run restore -- <backup folder> [--force]'));
const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8')) as {
  engine: EmbeddedKind | 'postgres';
  files: string[];
};

if (manifest.engine !== 'postgres') {
  if (config.databaseUrl)
    fail('This backup is of an embedded store, but DATABASE_URL is set: unset it to restore');
  if (await serverRunning(config.dataDir)) fail(`A server is running on ${config.dataDir}: stop it first`);
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
    if (!values.force) fail(`${config.dataDir} holds a store: add --force to move it aside and restore`);
    const aside = `${config.dataDir.replace(/\/+$/, '')}.before-restore-${Date.now()}`;
    renameSync(config.dataDir, aside);
    console.log(`The store that was there is kept in ${aside}`);
  }
  await restoreEmbedded(join(from, 'store.tar.gz'), manifest.engine, config.dataDir);
} else {
  if (!config.databaseUrl)
    fail('This backup is of a PostgreSQL database: set DATABASE_URL to the one to restore into');
  const restore = spawnSync(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--dbname',
      config.databaseUrl as string,
      join(from, 'store.pgdump'),
    ],
    { stdio: 'inherit' },
  );
  if (restore.error || restore.status !== 0) fail('pg_restore failed');
}

if (manifest.files.includes(KEY_FILE) && !config.secretKey) {
  const target = join(config.dataDir, KEY_FILE);
  if (existsSync(target) && !readFileSync(target).equals(readFileSync(join(from, KEY_FILE))) && !values.force)
    fail(`${target} holds another key: add --force to replace it with the backup's`);
  mkdirSync(config.dataDir, { recursive: true });
  copyFileSync(join(from, KEY_FILE), target);
  chmodSync(target, 0o600);
}
console.log(
  `Restored ${from} into ${manifest.engine === 'postgres' ? 'the PostgreSQL database' : config.dataDir}`,
);
