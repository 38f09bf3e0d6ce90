// npm run backup [-- --out <folder>]: a consistent copy of the store, with the key its secrets need.
// The embedded store is copied by the running server (or from its folder when none runs); PostgreSQL
// with pg_dump. What the folder holds and how to restore it: docs/server.md, "Backups".
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupEmbedded, type EmbeddedKind } from '../src/server/backup/embedded-store.ts';
import { loadConfig } from '../src/server/config.ts';
import { KEY_FILE } from '../src/server/secrets/secret-key.ts';

try {
  process.loadEnvFile();
} catch {
  // No .env file: configuration comes from the environment alone.
}
const config = loadConfig();
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = resolve(values.out ?? join('backups', stamp));
if (existsSync(out) && readdirSync(out).length > 0) {
  console.error(`${out} is not empty: choose another folder with --out`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
// It holds every table: readable by its owner only, like the store itself.
chmodSync(out, 0o700);

const files: string[] = [];
let engine: EmbeddedKind | 'postgres';
let from: string;
if (config.databaseUrl) {
  engine = 'postgres';
  from = 'pg_dump';
  const dump = spawnSync(
    'pg_dump',
    ['--format=custom', '--no-owner', '--file', join(out, 'store.pgdump'), config.databaseUrl],
    {
      stdio: 'inherit',
    },
  );
  if (dump.error || dump.status !== 0) {
    console.error(
      `pg_dump failed${dump.error ? `: ${dump.error.message} (is the PostgreSQL client installed?)` : ''}`,
    );
    process.exit(1);
  }
  files.push('store.pgdump');
} else {
  const backup = await backupEmbedded(config.dataDir, join(out, 'store.tar.gz'));
  engine = backup.kind;
  from = backup.from === 'server' ? 'the running server' : 'the store folder (no server was running)';
  files.push('store.tar.gz');
}

// Without the key, the provider keys and webhook headers in the copy cannot be read.
const keyFile = join(config.dataDir, KEY_FILE);
const secretKey = config.secretKey ? 'AI_TABLES_SECRET_KEY' : existsSync(keyFile) ? KEY_FILE : 'none';
if (secretKey === KEY_FILE) {
  copyFileSync(keyFile, join(out, KEY_FILE));
  files.push(KEY_FILE);
}
writeFileSync(
  join(out, 'manifest.json'),
  `${JSON.stringify({ createdAt: new Date().toISOString(), engine, from, files, secretKey }, null, 2)}\n`,
);
console.log(
  `Backup of the ${engine === 'postgres' ? 'PostgreSQL database' : 'embedded store'} (from ${from}) in ${out}`,
);
if (secretKey === 'AI_TABLES_SECRET_KEY')
  console.log('Secrets in it are encrypted with AI_TABLES_SECRET_KEY: keep that value with the backup.');
