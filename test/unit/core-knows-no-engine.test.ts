import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const services = 'src/server/services';
/**
 * The core services every capability builds on: the store, tables, columns and rows. They reach the AI
 * engine only through the hooks it registers on the store at startup (store/cell-hooks.ts, row and
 * column hooks), never by importing it, so the engine can change without them.
 */
const CORE = ['store', 'tables', 'columns', 'rows'];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** The files of `dirs` (under services/) that import from the folder `folder`, with the lines. */
function importsOf(dirs: string[], folder: string): string[] {
  const from = new RegExp(`from '(\\.\\./)+(services/)?${folder}/`);
  return dirs.flatMap((dir) =>
    [...sourceFiles(`${services}/${dir}`)].flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .filter((line) => from.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    ),
  );
}

describe('the AI engine behind hooks', () => {
  it('is imported by no core service (store, tables, columns, rows)', () => {
    expect(importsOf(CORE, 'engine')).toEqual([]);
  });

  it('imports nothing of enrichment, which builds on it', () => {
    expect(importsOf(['engine'], 'enrich')).toEqual([]);
  });
});
