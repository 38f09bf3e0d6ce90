import type { NamedColumn } from '../../../contract/ai/references.ts';
import type { AnyColumnConfig, DataType } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { Row } from '../../../contract/rows.ts';
import type { Executor } from '../../db/database.ts';
import type { ColumnMeta, TableMeta } from './table-meta.ts';

/** A column as the rules of computed cells read it: its key, the name people see, its type and settings. */
export interface CellColumn {
  name: string;
  displayName?: string;
  dataType: DataType;
  config: AnyColumnConfig;
}

/** A column as a change leaves it. */
export type ChangedColumn = Required<NamedColumn> & Pick<ColumnMeta, 'dataType' | 'config'>;

/**
 * What the capabilities whose cells have a state of their own (the AI engine's cells, and the answers
 * people verified) add to the row, column and table services, which know none of them: each cell's
 * state shown with its row, what a person's edit does to it, and the rules and upkeep of the columns
 * whose cells they fill. Registered on the store at startup, like row and column hooks.
 */
export interface CellHook {
  name: string;
  /** Rows with their cells' states (status, error, note, ...) added; one query for a page. */
  withStates?(executor: Executor, table: TableMeta, rows: Row[]): Promise<Row[]>;
  /** Rows just inserted with the states the insert gave their cells, known without a query. */
  newRowStates?(table: TableMeta, row: Row): Row;
  /** A person wrote these cells of a row: in the write's transaction, after the row is written. */
  personWrote?(
    tx: Executor,
    write: { table: TableMeta; row: Row; columns: ColumnMeta[]; actor: string | null },
  ): Promise<void>;
  /** What is wrong with the columns of a table as it would be; `pathOf` places a column's config in the request. */
  columnErrors?(columns: CellColumn[], pathOf: (name: string) => string): ErrorDetail[];
  /** The columns as they are once a rename of the column keyed `key` is carried into the columns naming it. */
  followRename?<T extends CellColumn>(before: CellColumn[], key: string, next: NamedColumn, after: T[]): T[];
  /** The columns that read the column `name` and stop working without it: it is not deleted while any do. */
  readersOf?(name: string, columns: CellColumn[]): string[];
  /** A column was renamed, retyped or reconfigured: in the change's transaction, at the table's new version. */
  columnChanged?(
    tx: Executor,
    table: { id: string; columns: ColumnMeta[] },
    before: ColumnMeta,
    after: ChangedColumn,
    version: number,
  ): Promise<void>;
  /** A column is deleted: its cells' states go with it, in the delete's transaction. */
  columnDeleted?(tx: Executor, columnId: string): Promise<void>;
}

/** Rows with every hook's cell states. */
export async function withCellStates(
  hooks: CellHook[],
  executor: Executor,
  table: TableMeta,
  rows: Row[],
): Promise<Row[]> {
  let withStates = rows;
  for (const hook of hooks)
    if (hook.withStates) withStates = await hook.withStates(executor, table, withStates);
  return withStates;
}

/** A row just inserted with every hook's cell states. */
export function newRowCellStates(hooks: CellHook[], table: TableMeta, row: Row): Row {
  return hooks.reduce((current, hook) => hook.newRowStates?.(table, current) ?? current, row);
}

/** Every hook's problems with the columns of a table as it would be. */
export function cellColumnErrors(
  hooks: CellHook[],
  columns: CellColumn[],
  pathOf: (name: string) => string,
): ErrorDetail[] {
  return hooks.flatMap((hook) => hook.columnErrors?.(columns, pathOf) ?? []);
}

/** The columns once every hook carried a rename into the columns naming the renamed one. */
export function followRename<T extends CellColumn>(
  hooks: CellHook[],
  before: CellColumn[],
  key: string,
  next: NamedColumn,
  after: T[],
): T[] {
  return hooks.reduce((current, hook) => hook.followRename?.(before, key, next, current) ?? current, after);
}
