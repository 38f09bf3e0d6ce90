import { eq, sql } from 'drizzle-orm';
import { type ColumnOf, isColumnOf } from '../../../contract/column-of.ts';
import { storageOf } from '../../column-types/index.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { userColumns } from '../../db/schema.ts';
import { applyColumnChange } from '../columns/column-change.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import { type ColumnMeta, loadTable, type TableMeta } from '../store/table-meta.ts';

/**
 * A table other tables link to is being deleted: each relation column linking to it becomes a text
 * column holding what its cells showed, the linked rows' display values ("Acme, Globex"), as Airtable
 * does. The linking table (a company's people) stays whole and readable; ids of rows that no longer
 * exist anywhere would tell nobody anything. Like any change of a column's type, this rewrites the
 * column, not each row's history.
 */
export async function keepLinksAsText(store: Store, tx: Executor, deleted: TableMeta): Promise<void> {
  const linking = await queryRows<{ table_id: string }>(
    tx,
    sql`SELECT DISTINCT table_id FROM user_columns
        WHERE data_type = 'relation' AND config->>'targetTableId' = ${deleted.id} AND table_id <> ${deleted.id}`,
  );
  for (const { table_id } of linking) {
    const table = await loadTable(tx, table_id);
    const columns = table.columns
      .filter(isColumnOf('relation'))
      .filter((column) => column.config.targetTableId === deleted.id);
    for (const column of columns) await linksToText(tx, table, column, deleted);
    await applyColumnChange(store, tx, table.id, table.columns);
    await advanceTableVersion(store, tx, table.id, 0, { columns: true });
    store.tables.changed(table.id);
  }
}

async function linksToText(
  tx: Executor,
  table: TableMeta,
  column: ColumnOf<'relation', ColumnMeta>,
  deleted: TableMeta,
) {
  const display =
    deleted.columns.find((candidate) => candidate.name === column.config.displayColumn) ?? deleted.columns[0];
  const label = display ? storageOf(display).toText(`d."${display.storageName}"`) : 'NULL';
  const linked = `"${column.storageName}"`;
  // The GIN index that found links for row deletes has no use on text (nor an operator class for it).
  await tx.execute(sql.raw(`DROP INDEX IF EXISTS "${column.storageName}_links"`));
  await tx.execute(
    sql.raw(
      `UPDATE "${table.storageName}" SET ${linked} = to_jsonb((
         SELECT string_agg(coalesce(${label}, ''), ', ' ORDER BY e.ord)
         FROM jsonb_array_elements_text(${linked}) WITH ORDINALITY AS e(id, ord)
         JOIN "${deleted.storageName}" d ON d.id = e.id::uuid))
       WHERE jsonb_typeof(${linked}) = 'array'`,
    ),
  );
  const text = storageOf({ dataType: 'text', config: {} });
  await tx.execute(
    sql.raw(
      `ALTER TABLE "${table.storageName}" ALTER COLUMN ${linked} TYPE ${text.sqlType} USING (${linked} #>> '{}')`,
    ),
  );
  await tx
    .update(userColumns)
    .set({ dataType: 'text', config: {}, updatedAt: new Date() })
    .where(eq(userColumns.id, column.id));
}
