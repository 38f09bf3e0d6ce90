import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src/app', 'src/contract', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Builds the SPA into `outDir` unless a build newer than every source is already there. */
export async function buildIfNeeded(outDir = 'dist'): Promise<void> {
  const built = join(outDir, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...SOURCES.map(newestChange))) return;
  console.log('Building the app…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn', build: { outDir } });
}
