import { sql } from 'drizzle-orm';
import type { ColumnHook, ColumnProblem } from '../store/column-hooks.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { keepLinksAsText } from './links-to-deleted-table.ts';
import type { RelationRegistry } from './relation-registry.ts';

/**
 * Relation columns and column changes: the target table must exist and have the display column;
 * a column cannot be converted into a relation (its values would be unchecked ids); a new relation
 * column gets a GIN index so deleting a linked row finds the links to it without a scan; deleting a
 * linked table leaves its rows' display values, as text, where the links were.
 */
export function relationColumnHook(store: Store, registry: RelationRegistry): ColumnHook {
  return {
    name: 'relations',
    check: async (change) => {
      const problems: ColumnProblem[] = [];
      for (const column of change.after) {
        if (column.dataType !== 'relation') continue;
        const old = column.id ? change.before.find((candidate) => candidate.id === column.id) : undefined;
        const problem = (path: string, message: string) =>
          problems.push({ column: column.name, path, message });
        if (old && old.dataType !== 'relation') {
          problem('dataType', 'A column cannot be converted to a relation: add a relation column instead');
          continue;
        }
        const { targetTableId, displayColumn } = column.config;
        if (!targetTableId) continue;
        if (old && old.config.targetTableId === targetTableId && old.config.displayColumn === displayColumn)
          continue;
        // A table may link to its own rows; its columns are the ones being changed.
        const targetColumns =
          targetTableId === change.tableId
            ? change.after
            : await store.tables.get(targetTableId).then(
                (target) => target.columns,
                (error: unknown) => {
                  if (error instanceof NotFoundError) return null;
                  throw error;
                },
              );
        if (!targetColumns) problem('config.targetTableId', `No table with id "${targetTableId}"`);
        else if (displayColumn && !targetColumns.some((candidate) => candidate.name === displayColumn))
          problem('config.displayColumn', `The linked table has no column "${displayColumn}"`);
      }
      return problems;
    },
    tableDeleted: (tx, table) => keepLinksAsText(store, tx, table),
    apply: async (tx, before, table) => {
      registry.noteTable(table);
      for (const column of table.columns) {
        if (column.dataType !== 'relation' || before.some((old) => old.id === column.id)) continue;
        await tx.execute(
          sql.raw(
            `CREATE INDEX IF NOT EXISTS "${column.storageName}_links" ON "${table.storageName}" USING gin ("${column.storageName}")`,
          ),
        );
      }
    },
  };
}
