import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataType } from '../../src/contract/data-types/index.ts';

const root = join(import.meta.dirname, '../..');
/** The homes of the column types: a type's rules live here, one file per type on each side. */
const REGISTRIES = ['src/contract/data-types/', 'src/server/column-types/', 'src/app/column-types/'];

/**
 * Files that still branch on a type by name, with the number of branches. Capabilities that own a
 * type keep their checks (the AI engine finds AI columns, relations and formulas theirs); the rest
 * are left to move into the registries. The list may only shrink: a new branch fails this test.
 */
const KNOWN: Record<string, number> = {
  // The AI engine and its UI find the AI columns of a table.
  'src/server/services/engine/dependencies.ts': 1,
  'src/server/services/engine/cell-detail.ts': 1,
  'src/server/services/engine/cell-states.ts': 2,
  'src/server/services/engine/ai-column-rules.ts': 1,
  'src/server/services/engine/runs.ts': 3,
  'src/server/services/engine/ai-row-hook.ts': 1,
  'src/server/services/engine/person-edits.ts': 1,
  'src/server/services/engine/nothing-to-read.ts': 2,
  'src/server/services/engine/ai-columns.ts': 4,
  'src/server/services/engine/prepare.ts': 3,
  'src/server/services/row-writes.ts': 1,
  'src/server/services/enrich/target.ts': 1,
  'src/server/services/triggers/check-trigger.ts': 1,
  'src/app/features/frame/panel-slot.tsx': 1,
  'src/app/features/grid/components/column-menu-items.tsx': 3,
  'src/app/features/runs/components/run-progress.tsx': 1,
  'src/app/features/runs/components/run-menu.tsx': 1,
  'src/app/features/triggers/components/workflow-fields.tsx': 1,
  'src/app/lib/cell-detail.ts': 1,
  // Relations and formulas find their own columns.
  'src/server/services/relations/relation-row-hook.ts': 2,
  'src/server/services/relations/relation-registry.ts': 1,
  'src/server/services/relations/link-options.ts': 1,
  'src/server/services/relations/relation-column-hook.ts': 3,
  'src/server/services/formulas/formula-plan.ts': 1,
  'src/server/services/formulas/recompute.ts': 1,
  'src/server/services/formulas/formula-column-hook.ts': 5,
  'src/server/services/column-change.ts': 1,
  // Left to move into the registries (a computed column's result type, chart axes, prompts).
  'src/server/services/columns.ts': 2,
  'src/server/services/enrich/strategy.ts': 4,
  'src/server/services/row-values.ts': 1,
  'src/server/services/io/export/cell-values.ts': 1,
  'src/server/services/triggers/condition.ts': 2,
  'src/server/services/row-query.ts': 4,
  'src/server/services/charts/chart-data.ts': 4,
  'src/server/services/charts/chart-columns.ts': 1,
  'src/server/services/extract/prompt.ts': 3,
  'src/app/features/enrich/model/enrich-request.ts': 1,
  'src/app/features/grid/editors/text-editor.tsx': 1,
  'src/app/features/charts/model/chart-draft.ts': 5,
  'src/app/features/charts/model/point-filters.ts': 3,
  'src/app/lib/cell-text.ts': 2,
  'src/app/lib/format-value.ts': 1,
};

const names = DataType.options.join('|');
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
