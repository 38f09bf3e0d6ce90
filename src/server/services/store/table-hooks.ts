import type { ColumnDef } from '../../../contract/columns.ts';
import type { TableKind } from '../../../contract/tables.ts';

/**
 * What the capabilities behind table kinds add to the table service, which knows none of them
 * (kinds/: the system columns a company table starts with). Registered on the store at startup, like
 * row, column and cell hooks.
 */
export interface TableHook {
  name: string;
  /** The columns a new table of this kind starts with, from those the client sent (as sent when it adds none). */
  startingColumns?(kind: TableKind | undefined, defs: ColumnDef[]): ColumnDef[];
}

/** The columns a new table starts with, once every hook added those its kind has. */
export const startingColumns = (hooks: TableHook[], kind: TableKind | undefined, defs: ColumnDef[]) =>
  hooks.reduce((current, hook) => hook.startingColumns?.(kind, current) ?? current, defs);
