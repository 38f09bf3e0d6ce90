import { sql } from 'drizzle-orm';
import type { Row, RowData } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { insertRowsStatement } from '../rows/row-insert.ts';
import { rowValidator } from '../rows/row-values.ts';
import { deleteRowsIn } from '../rows/row-writes.ts';
import { newId } from '../store/ids.ts';
import { deriveRow, hookStatements } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { advanceVersionStatement } from '../store/table-changes.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/**
 * Replaces the child rows of some parent rows, in the caller's transaction: the rows whose link
 * names one of these parents go (with their history), and the given ones come in, each linked to its
 * parent. Values a column refuses (a LinkedIn "address" that is no URL) are left empty rather than
 * losing the person. New rows go through the row hooks: their auto-run AI columns (an email finder) queue.
 */
export async function replaceChildRows(
  store: Store,
  tx: Executor,
  child: TableMeta,
  link: ColumnMeta,
  children: Array<{ parentRowId: string; rows: RowData[] }>,
): Promise<void> {
  if (children.length === 0) return;
  const parents = `{${children.map((entry) => entry.parentRowId).join(',')}}`;
  const old = await queryRows<{ id: string }>(
    tx,
    sql`SELECT id FROM ${sql.raw(`"${child.storageName}"`)}
        WHERE ${sql.raw(`"${link.storageName}"`)} ?| ${parents}::text[] FOR UPDATE`,
  );
  if (old.length > 0)
    await deleteRowsIn(
      store,
      tx,
      child,
      old.map((row) => row.id),
      'ai',
    );
  const validate = rowValidator(child.columns, 'insert');
  const at = new Date().toISOString();
  const rows: Row[] = children.flatMap(({ parentRowId, rows }) =>
    rows.map((given) => {
      const data = { ...given, [link.name]: [parentRowId] };
      const checked = validate(data, 'data');
      for (const error of checked.errors) {
        const name = error.path.replace(/^data\./, '');
        if (name in data && name !== link.name) delete data[name];
      }
      const kept = checked.errors.length === 0 ? checked.data : validate(data, 'data').data;
      return {
        id: newId(),
        tableId: child.id,
        data: deriveRow(store.rowHooks, child, kept),
        version: 1,
        createdBy: 'ai',
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
  if (rows.length === 0) return;
  store.tables.changed(child.id);
  await tx.execute(advanceVersionStatement(child.id, rows.length));
  await tx.execute(insertRowsStatement(child, rows, 'create'));
  const changes = rows.map((row) => ({ rowId: row.id, before: null, after: row.data }));
  for (const statement of hookStatements(store.rowHooks, {
    table: child,
    changes,
    source: 'ai',
    actor: 'ai',
  }))
    await tx.execute(statement);
}
