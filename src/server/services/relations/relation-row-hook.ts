import { type SQL, sql } from 'drizzle-orm';
import type { RowHook } from '../row-hooks.ts';
import type { Store } from '../store.ts';
import type { RelationRegistry } from './relation-registry.ts';

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Relation integrity on every row write: newly linked ids must name rows of the target table
 * (ait_check_links refuses the write otherwise), and deleting rows clears the links to them from every
 * table that links here (ait_unlink_rows), all in the transaction of the write.
 */
export function relationRowHook(store: Store, registry: RelationRegistry): RowHook {
  return {
    name: 'relations',
    statements: ({ table, changes }) => {
      const statements: SQL[] = [];
      for (const column of table.columns) {
        const target = column.config.targetTableId;
        if (column.dataType !== 'relation' || !target) continue;
        const added = new Set<string>();
        for (const change of changes) {
          if (!change.after) continue;
          const before = new Set(idsOf(change.before?.[column.name]));
          for (const id of idsOf(change.after[column.name])) if (!before.has(id)) added.add(id);
        }
        if (added.size > 0) {
          statements.push(
            sql`SELECT ait_check_links(${target}::uuid, ${JSON.stringify([...added])}::jsonb, ${column.name})`,
          );
        }
      }
      const deleted = changes.filter((change) => change.after === null).map((change) => change.rowId);
      if (deleted.length > 0) {
        const linking = registry.linkingTables(table.id);
        // This process's cache learns now that those tables change; other servers check versions.
        for (const tableId of linking) store.tables.changed(tableId);
        if (linking.length > 0 || store.engine === 'postgres') {
          statements.push(sql`SELECT ait_unlink_rows(${table.id}::uuid, ${JSON.stringify(deleted)}::jsonb)`);
        }
      }
      return statements;
    },
  };
}
