import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The client itself: the typed client over the untyped request it sends. */
const CLIENT = new Set(['src/app/api/api-client.ts', 'src/app/api/typed-client.ts']);

/**
 * Files that still call the API by a hand-built path, with the number of calls: routes not yet
 * declared in src/contract/routes (docs/api.md says how to declare one). The list may only shrink:
 * a new hand-built call fails this test; call a declared route with callRoute instead.
 */
const KNOWN: Record<string, number> = {
  'src/app/features/extract/api/create-schema.ts': 1,
  'src/app/features/extract/api/estimate-extraction.ts': 1,
  'src/app/features/extract/api/get-row-source.ts': 1,
  'src/app/features/extract/api/get-table-extraction.ts': 1,
  'src/app/features/extract/api/start-extraction.ts': 1,
  'src/app/features/import/api/preview-import.ts': 1,
  'src/app/features/import/api/start-import.ts': 1,
};

/** `api.get<T>(path…`, `apiRequest(path…`, or a literal `/api/…` URL: a path typed by hand. */
const HAND_BUILT = /\bapi\.(get|post|patch|put|delete)\s*[<(]|\bapiRequest\s*[<(]|['`]\/api\//g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

describe('API calls in the app', () => {
  it('build no new path by hand: declared routes are called through the typed client', () => {
    const found: Record<string, number> = {};
    for (const path of sourceFiles('src/app')) {
      if (CLIENT.has(path)) continue;
      const count = [...readFileSync(join(root, path), 'utf8').matchAll(HAND_BUILT)].length;
      if (count > 0) found[path] = count;
    }
    const grown = Object.entries(found).filter(([path, count]) => count > (KNOWN[path] ?? 0));
    expect(grown, 'hand-built API paths; declare the route in src/contract/routes').toEqual([]);
  });
});
