import { dataTypes } from '../../../contract/data-types/index.ts';
import type { Executor } from '../../db/database.ts';
import type { ColumnChange, ColumnProblem } from '../store/column-hooks.ts';
import type { Store } from '../store/store.ts';
import { type ColumnMeta, loadTable } from '../store/table-meta.ts';

/** Every problem a column change would cause: each type's own config check, then each hook's. */
export async function checkColumnChange(store: Store, change: ColumnChange): Promise<ColumnProblem[]> {
  const problems: ColumnProblem[] = [];
  for (const column of change.after) {
    // Computed columns are checked by the formulas hook, which first follows renames.
    if (column.dataType === 'computed') continue;
    const check = dataTypes[column.dataType].checkConfig?.(column, change.after);
    for (const error of check?.errors ?? [])
      problems.push({ column: column.name, path: `config.${error.path}`, message: error.message });
  }
  for (const hook of store.columnHooks) if (hook.check) problems.push(...(await hook.check(change)));
  return problems;
}

/** Runs every hook's `apply` after a column change was written, in its transaction. */
export async function applyColumnChange(
  store: Store,
  tx: Executor,
  tableId: string,
  before: ColumnMeta[],
): Promise<void> {
  if (!store.columnHooks.some((hook) => hook.apply)) return;
  const after = await loadTable(tx, tableId);
  for (const hook of store.columnHooks) await hook.apply?.(tx, before, after);
}
