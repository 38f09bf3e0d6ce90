import type { SQL } from 'drizzle-orm';
import type { RowData } from '../../../contract/rows.ts';
import type { Executor } from '../../db/database.ts';
import type { TableMeta } from './table-meta.ts';

/** Where a write came from: hooks may treat them differently (a trigger never re-fires on its own rows). */
export type WriteSource = 'api' | 'import' | 'trigger' | 'rollback' | 'ai' | 'template';

/** One row's change: `before` is null for a new row, `after` null for a deleted one. */
export interface RowChange {
  rowId: string;
  before: RowData | null;
  after: RowData | null;
  /** The columns that changed, when the writer knows them without comparing (AI answers, rollbacks). */
  changed?: string[];
}

/** The columns whose value differs between a row's before and after. */
export function changedColumns(change: RowChange): string[] {
  if (change.changed) return change.changed;
  const before = change.before ?? {};
  const after = change.after ?? {};
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter(
    (name) => JSON.stringify(before[name] ?? null) !== JSON.stringify(after[name] ?? null),
  );
}

export interface RowWrite {
  table: TableMeta;
  changes: RowChange[];
  source: WriteSource;
  /** Who made the change (createdBy / updatedBy), when known. */
  actor: string | null;
}

/**
 * What other capabilities do when rows are written, whoever writes them (the API, the grid, an import,
 * a trigger, a rollback). A hook only returns statements: they run in the same transaction as the
 * write, so the write and its consequences (cells marked stale, trigger events recorded, ...) are
 * committed together or not at all, and nothing is lost if the server stops in between.
 */
export interface RowHook {
  name: string;
  /**
   * Fills in the values the server derives for a row about to be stored (computed columns), from the
   * values it will hold. Runs before validation results are stored; must be pure and fast.
   */
  derive?(table: TableMeta, data: RowData): RowData;
  /** Statements to run after the rows are stored, in the same transaction. */
  statements?(write: RowWrite): SQL[];
  /**
   * Work an AI answer needs in other tables, in the transaction that writes it (the engine's cell
   * writes call it, no other write): a people finder's answer becomes rows of its people table.
   */
  afterAnswers?(tx: Executor, write: RowWrite): Promise<void>;
  /**
   * Work a delete needs that must read first, in the delete's transaction, after its statements: other
   * rows it changes go through the ordinary row write, with their history and their own hooks (rows
   * that linked to the deleted ones lose those links).
   */
  afterDelete?(
    tx: Executor,
    deleted: { table: TableMeta; rowIds: string[]; actor: string | null },
  ): Promise<void>;
}

/** Runs every hook's `derive` over a row's data. */
export function deriveRow(hooks: RowHook[], table: TableMeta, data: RowData): RowData {
  let derived = data;
  for (const hook of hooks) if (hook.derive) derived = hook.derive(table, derived);
  return derived;
}

/** Every hook's statements for one write. */
export function hookStatements(hooks: RowHook[], write: RowWrite): SQL[] {
  if (write.changes.length === 0) return [];
  return hooks.flatMap((hook) => hook.statements?.(write) ?? []);
}
