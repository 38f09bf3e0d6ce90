import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataType } from '../../src/contract/data-types/index.ts';

const root = join(import.meta.dirname, '../..');
/** The homes of the column types: a type's rules live here, one file per type on each side. */
const REGISTRIES = ['src/contract/data-types/', 'src/server/column-types/', 'src/app/column-types/'];

/**
 * Types with a capability behind them: the AI engine, relations and formulas find their own columns
 * (`dataType === 'ai'`) wherever they work, and new work on them (learning, /v1) does too. Those
 * branches are the capability's, not a type's rules leaking out of its registry entry.
 */
const CAPABILITY_TYPES = new Set(['ai', 'computed', 'relation']);

/**
 * Files that still branch on a value type by name, with the number of branches, left to move into the
 * registries. None is left: what such a branch asked is a trait of the type's entry (`valueKind`,
 * `valueType`, a storage's `fromJson`, `namesOrganisations`). A new branch fails this test.
 */
const KNOWN: Record<string, number> = {};

const names = DataType.options.filter((type) => !CAPABILITY_TYPES.has(type)).join('|');
/** `dataType === 'date'`, `.dataType !== 'ai'`, `case 'number':` on a data type's name. */
const BRANCH = new RegExp(`dataType\\s*[!=]==\\s*'(${names})'|case '(${names})':`, 'g');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

describe('per-type branches outside the registries', () => {
  it('appear in no new file, and no more often in a known one', () => {
    const found: Record<string, number> = {};
    for (const path of sourceFiles('src')) {
      if (REGISTRIES.some((home) => path.startsWith(home))) continue;
      const text = readFileSync(join(root, path), 'utf8');
      // `case 'text':` over a storage kind or a source kind is not a data type's branch: only files
      // that speak of data types count for it.
      const count = [...text.matchAll(BRANCH)].filter(
        (match) => match[1] !== undefined || /dataType|DataType/.test(text),
      ).length;
      if (count > 0) found[relative(root, join(root, path))] = count;
    }
    const grown = Object.entries(found).filter(([path, count]) => count > (KNOWN[path] ?? 0));
    expect(grown, 'move these branches into the type registries').toEqual([]);
  });
});
