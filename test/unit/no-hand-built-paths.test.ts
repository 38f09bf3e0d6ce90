import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The client itself: the typed client over the untyped request and upload it sends. */
const CLIENT = new Set([
  'src/app/api/api-client.ts',
  'src/app/api/typed-client.ts',
  'src/app/api/upload-file.ts',
]);

/**
 * A path typed by hand: a request or upload sent to a path of the caller's own (`apiRequest(…`,
 * `uploadFile(…`, a `fetch(` or XMLHttpRequest of its own), or a literal `/api/…` URL. Features call a
 * route declared in src/contract/routes through the typed client instead (docs/api.md says how).
 */
const HAND_BUILT = /\b(apiRequest|uploadFile|fetch)\s*[<(]|\bXMLHttpRequest\b|['`]\/api\//g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

describe('API calls in the app', () => {
  it('build no path by hand: every call goes through a declared route', () => {
    const found: Record<string, string[]> = {};
    for (const path of sourceFiles('src/app')) {
      if (CLIENT.has(path)) continue;
      const calls = [...readFileSync(join(root, path), 'utf8').matchAll(HAND_BUILT)].map(([call]) => call);
      if (calls.length > 0) found[path] = calls;
    }
    expect(found, 'hand-built API paths; declare the route in src/contract/routes').toEqual({});
  });
});
