import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const FACTORY = 'src/app/api/query-keys.ts';

/** A query key written out in place (`queryKey: [`, `setQueryData([`…) or a second factory (`const …Keys = {`, `const …Key = (…) => [`). */
const OWN_KEY =
  /\bqueryKey:\s*\[|\b(set|get)QueryData(<[^>]*>)?\(\s*\[|\bconst \w+Keys\s*=\s*\{|\bconst \w+Key\s*=\s*\([^)]*\)\s*=>\s*\[/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

describe('query keys', () => {
  it(`come from the one factory, ${FACTORY}`, () => {
    const found: Record<string, string[]> = {};
    for (const path of sourceFiles('src/app/features')) {
      const keys = [...readFileSync(join(root, path), 'utf8').matchAll(OWN_KEY)].map(([key]) => key);
      if (keys.length > 0) found[path] = keys;
    }
    expect(found, `add the key to queryKeys in ${FACTORY}`).toEqual({});
  });
});
