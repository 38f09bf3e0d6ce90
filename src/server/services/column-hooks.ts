import type { ColumnConfig, DataType } from '../../contract/data-types/index.ts';
import { dataTypes } from '../../contract/data-types/index.ts';
import type { Executor } from '../db/database.ts';
import type { Store } from './store.ts';
import { type ColumnMeta, loadTable, type TableMeta } from './table-meta.ts';

/** A column as it will be after a change; new columns have no id yet. */
export interface ColumnDraft {
  id?: string;
  name: string;
  dataType: DataType;
  config: ColumnConfig;
}

/** A change to a table's columns: the columns before (none for a new table) and as they will be. */
export interface ColumnChange {
  tableId: string | null;
  before: ColumnMeta[];
  after: ColumnDraft[];
}

/** A problem with one column of the change; `path` is inside that column's definition. */
export interface ColumnProblem {
  column: string;
  path: string;
  message: string;
}

/**
 * What other capabilities do when a table's columns change (formulas, relations, charts, triggers):
 * `check` refuses a change that would break them (400), `apply` follows it inside its transaction.
 * Registered on the store at startup, like row hooks, so the column service knows none of them.
 */
export interface ColumnHook {
  name: string;
  check?(store: Store, change: ColumnChange): Promise<ColumnProblem[]>;
  apply?(store: Store, tx: Executor, before: ColumnMeta[], after: TableMeta): Promise<void>;
}

/** Old name to new name of every column the change renames. */
export function renamesOf(change: { before: ColumnMeta[]; after: Array<{ id?: string; name: string }> }) {
  const renames = new Map<string, string>();
  for (const column of change.after) {
    const old = column.id && change.before.find((candidate) => candidate.id === column.id);
    if (old && old.name !== column.name) renames.set(old.name, column.name);
  }
  return renames;
}

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
  for (const hook of store.columnHooks) if (hook.check) problems.push(...(await hook.check(store, change)));
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
  for (const hook of store.columnHooks) await hook.apply?.(store, tx, before, after);
}

/** Problems as validation details: those of the column being changed by path, others named. */
export function problemDetails(problems: ColumnProblem[], pathOf: (column: string) => string | null) {
  return problems.map((problem) => {
    const prefix = pathOf(problem.column);
    return prefix === null
      ? { path: `columns.${problem.column}`, message: `Column "${problem.column}": ${problem.message}` }
      : { path: `${prefix}${prefix && '.'}${problem.path}`, message: problem.message };
  });
}
