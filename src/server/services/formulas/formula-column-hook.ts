import { eq } from 'drizzle-orm';
import { renameReferences } from '../../../contract/data-types/formula/references.ts';
import { dataTypes } from '../../../contract/data-types/index.ts';
import { userColumns } from '../../db/schema.ts';
import { type ColumnDraft, type ColumnHook, renamesOf } from '../store/column-hooks.ts';
import { loadTable } from '../store/table-meta.ts';
import { recomputeAllRows } from './recompute.ts';

/** The table's columns with every formula following the renames of the change. */
function followRenames<T extends ColumnDraft>(columns: T[], renames: Map<string, string>): T[] {
  if (renames.size === 0) return columns;
  return columns.map((column) =>
    column.dataType === 'computed' && column.config.formula
      ? { ...column, config: { ...column.config, formula: renameReferences(column.config.formula, renames) } }
      : column,
  );
}

/** What of a computed column decides its values: when any of it changes, every row is recomputed. */
const signature = (columns: ColumnDraft[]) =>
  JSON.stringify(
    columns.map((column) =>
      column.dataType === 'computed'
        ? [column.id, column.name, column.config.formula, column.config.resultType]
        : [column.id, column.dataType],
    ),
  );

/**
 * Formulas and column changes: a change is refused (400) when any formula of the table would no longer
 * work (a bad new formula, a column it reads deleted or retyped); renamed columns are renamed in the
 * formulas that read them; a computed column's config is completed (resultType, formulaType,
 * dependencies); and when what decides computed values changed, every row is recomputed.
 */
export const formulaColumnHook: ColumnHook = {
  name: 'formulas',
  check: async (change) => {
    const after = followRenames(change.after, renamesOf(change));
    return after
      .filter((column) => column.dataType === 'computed')
      .flatMap((column) =>
        (dataTypes.computed.checkConfig?.(column, after)?.errors ?? []).map((error) => ({
          column: column.name,
          path: `config.${error.path}`,
          message: error.message,
        })),
      );
  },
  apply: async (tx, before, table) => {
    if (!table.columns.some((column) => column.dataType === 'computed')) return;
    const after = followRenames(table.columns, renamesOf({ before, after: table.columns }));
    let changedConfig = false;
    for (const column of after) {
      if (column.dataType !== 'computed') continue;
      const { config } = dataTypes.computed.checkConfig?.(column, after) ?? { config: column.config };
      const stored = table.columns.find((candidate) => candidate.id === column.id);
      if (JSON.stringify(config) === JSON.stringify(stored?.config)) continue;
      await tx
        .update(userColumns)
        .set({ config, updatedAt: new Date() })
        .where(eq(userColumns.id, column.id));
      changedConfig = true;
    }
    if (signature(before) === signature(after)) return;
    await recomputeAllRows(tx, changedConfig ? await loadTable(tx, table.id) : table);
  },
};
