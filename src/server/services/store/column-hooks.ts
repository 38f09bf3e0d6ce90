import type { AnyColumnConfig, DataType } from '../../../contract/data-types/index.ts';
import type { FilterSpec } from '../../../contract/rows.ts';
import type { Executor } from '../../db/database.ts';
import type { ColumnMeta, TableMeta } from './table-meta.ts';

/** A column as it will be after a change; new columns have no id yet. */
export interface ColumnDraft {
  id?: string;
  name: string;
  dataType: DataType;
  config: AnyColumnConfig;
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
 * `check` refuses a change that would break them (400), `apply` follows it inside its transaction,
 * `tableDeleted` follows the deletion of a whole table in the deletion's transaction.
 * Registered on the store at startup, like row hooks, so the column service knows none of them; a hook
 * that reads the store gets it when it is made.
 */
export interface ColumnHook {
  name: string;
  check?(change: ColumnChange): Promise<ColumnProblem[]>;
  apply?(tx: Executor, before: ColumnMeta[], after: TableMeta): Promise<void>;
  /** A table is being deleted with all its columns (its rows are still readable): follow it elsewhere. */
  tableDeleted?(tx: Executor, table: TableMeta): Promise<void>;
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

/** A name after the renames: the new name of a renamed column, any other name as it was. */
export const renamed = <Name extends string | null | undefined>(renames: Map<string, string>, name: Name) =>
  (name ? (renames.get(name) ?? name) : name) as Name;

/** Filters (a chart's, a trigger's condition) naming renamed columns by their new names. */
export const renameFilters = (renames: Map<string, string>, filters: FilterSpec[]): FilterSpec[] =>
  filters.map((filter) => ({ ...filter, column: renamed(renames, filter.column) }));

/** Problems as validation details: those of the column being changed by path, others named. */
export function problemDetails(problems: ColumnProblem[], pathOf: (column: string) => string | null) {
  return problems.map((problem) => {
    const prefix = pathOf(problem.column);
    return prefix === null
      ? { path: `columns.${problem.column}`, message: `Column "${problem.column}": ${problem.message}` }
      : { path: `${prefix}${prefix && '.'}${problem.path}`, message: problem.message };
  });
}
