import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

const IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import of the source, as [importing file, imported file], both from the root. */
const imports: Array<[string, string]> = [...sourceFiles('src')].flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(IMPORT)].map(
    ([, spec]) => [file, relative(root, resolve(root, dirname(file), spec ?? ''))] as [string, string],
  ),
);

/** The folder directly in `base` that a file is in (or the file itself, directly in base). */
const roomOf = (base: string, path: string) =>
  path.startsWith(`${base}/`) ? path.slice(base.length + 1).split('/')[0] : undefined;

/** The folders of `base` that import each other in a loop, each loop as its sorted folder names. */
function folderCycles(base: string): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [from, to] of imports) {
    const [a, b] = [roomOf(base, from), roomOf(base, to)];
    if (a && b && a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  // Tarjan's strongly connected components: a component of more than one folder is a loop.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const next of edges.get(folder) ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component = stack.splice(stack.indexOf(folder));
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const folder of edges.keys()) if (!index.has(folder)) visit(folder);
  return cycles;
}

describe('rooms', () => {
  it('a feature reaches another only through its public face (index.ts) or its api/', () => {
    const reaches = imports.filter(([from, to]) => {
      const [, a] = from.match(/^src\/app\/features\/([^/]+)\//) ?? [];
      const [, b, inside] = to.match(/^src\/app\/features\/([^/]+)\/(.*)$/) ?? [];
      return a && b && a !== b && inside !== 'index.ts' && !inside?.startsWith('api/');
    });
    expect(reaches.map(([from, to]) => `${from} -> ${to}`)).toEqual([]);
  });

  it('the app’s column types reach a feature only through its public face (index.ts) or its api/', () => {
    // Each type's renderers, editors and fields live in column-types (cells/, editors/, fields/,
    // settings/); the grid and the row panel import them from there.
    const reaches = imports.filter(([from, to]) => {
      const [, inside] = to.match(/^src\/app\/features\/[^/]+\/(.*)$/) ?? [];
      return (
        from.startsWith('src/app/column-types/') &&
        inside &&
        inside !== 'index.ts' &&
        !inside.startsWith('api/')
      );
    });
    expect(reaches.map(([from, to]) => `${from} -> ${to}`)).toEqual([]);
  });

  it('the app’s folders join no new loop', () => {
    // Left: column types show settings panels that features own (the AI column panel, evaluation,
    // verified cells, formulas, relation lookups), through their public faces. The list may only shrink.
    const allowed = new Set(['column-types', 'features']);
    expect(
      folderCycles('src/app')
        .flat()
        .filter((folder) => !allowed.has(folder)),
    ).toEqual([]);
  });

  it('features import each other in no loop', () => {
    expect(folderCycles('src/app/features')).toEqual([]);
  });

  it('service folders import each other in no loop', () => {
    // The engine knows the capabilities that answer its cells only as registered answerers
    // (engine/cell-answerers.ts), the table service the table kinds only as hooks (store/table-hooks.ts).
    expect(folderCycles('src/server/services')).toEqual([]);
  });

  it('the server’s folders and top-level files import each other in no loop', () => {
    // Routes live in http/ (access, metrics), settings types in config.ts, each type's storage in
    // column-types/, and each capability seals its own stored secrets (ai/, triggers/).
    expect(folderCycles('src/server')).toEqual([]);
  });
});
