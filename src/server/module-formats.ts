import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { basename, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether the package a folder belongs to declares `"type": "module"`, per folder asked about. */
const moduleFolders = new Map<string, boolean>();

function inModulePackage(folder: string): boolean {
  const known = moduleFolders.get(folder);
  if (known !== undefined) return known;
  let result: boolean;
  try {
    result =
      (JSON.parse(readFileSync(`${folder}/package.json`, 'utf8')) as { type?: unknown }).type === 'module';
  } catch (error) {
    const parent = dirname(folder);
    // As Node's own lookup: no package.json here, so the one above decides, but never past node_modules.
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    result = missing && parent !== folder && basename(folder) !== 'node_modules' && inModulePackage(parent);
  }
  moduleFolders.set(folder, result);
  return result;
}

const FORMATS: Record<string, string> = { '.ts': 'module-typescript', '.js': 'module', '.mjs': 'module' };

/**
 * Resolves relative imports between the files of ES module packages (ours and dependencies such as
 * drizzle-orm and zod) without Node's package scope lookup, which parses the nearest package.json again
 * for every file it loads: with drizzle-orm's large `exports` map that was about a third of the CPU a
 * server start took (docs/decisions.md, "Server start"). Anything else goes to Node's resolver.
 */
export function resolveModuleFormatsOnce(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (parent?.startsWith('file:') && (specifier.startsWith('./') || specifier.startsWith('../'))) {
        const url = new URL(specifier, parent);
        const path = fileURLToPath(url);
        const format = FORMATS[extname(path)];
        if (format && !url.search && !url.hash && inModulePackage(dirname(path)))
          return { url: url.href, format, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
  });
}
