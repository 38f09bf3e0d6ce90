import { type SQL, sql } from 'drizzle-orm';
import { isColumnOf } from '../../../contract/column-of.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { writeRowsData } from '../rows/row-writes.ts';
import type { RowHook } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { loadTable } from '../store/table-meta.ts';
import type { RelationRegistry } from './relation-registry.ts';

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Relation integrity on every row write: newly linked ids must name rows of the target table
 * (ait_check_links refuses the write otherwise), and deleting rows takes the links to them out of every
 * row that links here, as an ordinary edit of that row (history, formulas such as `count(customer)`,
 * AI cells reading the column, triggers), all in the transaction of the delete.
 */
export function relationRowHook(store: Store, registry: RelationRegistry): RowHook {
  return {
    name: 'relations',
    statements: ({ table, changes }) => {
      const statements: SQL[] = [];
      for (const column of table.columns.filter(isColumnOf('relation'))) {
        const target = column.config.targetTableId;
        if (!target) continue;
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
      return statements;
    },
    afterDelete: async (tx, { table, rowIds, actor }) => {
      // On the embedded store this process made every relation column; on PostgreSQL another server
      // may have, so the columns are looked up there.
      if (store.engine === 'pglite' && registry.linkingTables(table.id).length === 0) return;
      const links = await queryRows<{ table_id: string }>(
        tx,
        sql`SELECT DISTINCT table_id FROM user_columns
            WHERE data_type = 'relation' AND config->>'targetTableId' = ${table.id}`,
      );
      for (const { table_id } of links)
        await unlinkFrom(store, tx, table_id, table.id, new Set(rowIds), actor);
    },
  };
}

/** Rewrites the rows of one table that link to deleted rows of `targetId`, without those links, in one write. */
async function unlinkFrom(
  store: Store,
  tx: Executor,
  tableId: string,
  targetId: string,
  deleted: Set<string>,
  actor: string | null,
): Promise<void> {
  // Read in the transaction: the table cache reads outside it, which on the embedded store (one
  // connection) would wait for this very transaction when the table links to itself.
  const linking = await loadTable(tx, tableId);
  const columns = linking.columns.filter(
    (column) => column.dataType === 'relation' && column.config.targetTableId === targetId,
  );
  const ids = `{${[...deleted].join(',')}}`;
  const touching = columns.map((column) => sql`${sql.raw(`"${column.storageName}"`)} ?| ${ids}::text[]`);
  const stored = await queryRows<StoredRow>(
    tx,
    sql`SELECT ${sql.raw(selectList(linking.columns))} FROM ${sql.raw(`"${linking.storageName}"`)}
        WHERE ${sql.join(touching, sql` OR `)} ORDER BY id FOR UPDATE`,
  );
  const updates = stored.map((record) => {
    const current = decodeRow(tableId, linking.columns, record);
    const given = { ...current.data };
    for (const column of columns) {
      const kept = idsOf(given[column.name]).filter((id) => !deleted.has(id));
      given[column.name] = kept.length > 0 ? kept : null;
    }
    return { current, given };
  });
  await writeRowsData(store, tx, linking, updates, { action: 'update', source: 'api', actor });
}
