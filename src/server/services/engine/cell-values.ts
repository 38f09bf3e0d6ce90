import { sql } from 'drizzle-orm';
import type { HistoryAction } from '../../../contract/history.ts';
import { storageOf } from '../../column-types/index.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { hookStatements, type WriteSource } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { writeHistory } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';

export interface CellValues {
  values: Array<{ rowId: string; columnId: string; value: unknown }>;
  action: HistoryAction;
  changedBy: string;
  source: WriteSource;
}

/**
 * Writes AI cell values (of AI columns, or of the columns enrichments fill) into the table's rows inside a transaction at `version`: one update per column,
 * a new version and one history entry per row, and the row hooks (so the AI columns reading these go
 * stale or run again).
 */
export async function writeCellValues(
  store: Store,
  tx: Executor,
  table: TableMeta,
  version: number,
  { values, action, changedBy, source }: CellValues,
): Promise<void> {
  if (values.length === 0) return;
  const rows = new Map<string, StoredRow>();
  const changed = new Map<string, Set<string>>();
  const written = new Set(values.map((entry) => entry.columnId));
  for (const column of table.columns.filter((candidate) => written.has(candidate.id))) {
    const entries = values.filter((entry) => entry.columnId === column.id);
    if (entries.length === 0) continue;
    const payload = JSON.stringify(entries.map((entry) => ({ row_id: entry.rowId, value: entry.value })));
    const updated = await queryRows<StoredRow>(
      tx,
      sql`UPDATE ${sql.raw(`"${table.storageName}"`)} AS t SET ${sql.raw(`"${column.storageName}"`)} = x.value,
            version = t.version + 1, updated_at = now()
          FROM jsonb_to_recordset(${payload}::jsonb) AS x(row_id uuid, value ${sql.raw(storageOf(column).sqlType)})
          WHERE t.id = x.row_id
          RETURNING ${sql.raw(selectList(table.columns, 't'))}`,
    );
    for (const row of updated) {
      rows.set(row.id, row);
      changed.set(row.id, (changed.get(row.id) ?? new Set()).add(column.name));
    }
  }
  const decoded = [...rows.values()].map((stored) => decodeRow(table.id, table.columns, stored));
  await writeHistory(
    tx,
    table.id,
    version,
    decoded.map((row) => ({ rowId: row.id, action, version: row.version, data: row.data, changedBy })),
    new Date(),
  );
  const changes = decoded.map((row) => ({
    rowId: row.id,
    before: null,
    after: row.data,
    changed: [...(changed.get(row.id) ?? [])],
  }));
  const write = { table, changes, source, actor: changedBy };
  for (const statement of hookStatements(store.rowHooks, write)) await tx.execute(statement);
  for (const hook of store.rowHooks) await hook.afterAnswers?.(tx, write);
}
