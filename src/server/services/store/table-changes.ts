import { type SQL, sql } from 'drizzle-orm';
import type { HistoryAction } from '../../../contract/history.ts';
import type { RowData } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { newId } from './ids.ts';
import type { Store } from './store.ts';

/**
 * The statement that advances the table's change sequence and row count. Run inside the write's
 * transaction, it also serializes concurrent writers of one table, so sequence numbers never repeat
 * and they grow in commit order.
 */
export function advanceVersionStatement(tableId: string, rowDelta = 0, columns = false): SQL {
  // Column changes also record their version, so a change feed can tell clients to reload columns.
  const columnsVersion = columns ? sql`, columns_version = version + 1` : sql``;
  return sql`UPDATE user_tables SET version = version + 1, row_count = row_count + ${rowDelta}${columnsVersion}, updated_at = now()
             WHERE id = ${tableId} RETURNING version`;
}

/** The version a statement later in the same transaction writes under, after advanceVersionStatement. */
export const currentVersion = (tableId: string): SQL =>
  sql`(SELECT version FROM user_tables WHERE id = ${tableId})`;

/**
 * Advances the table's change sequence inside the write's transaction and tells the table cache a write
 * began, so no one is served the table's metadata from before it. Returns the new version.
 */
export async function advanceTableVersion(
  store: Store,
  tx: Executor,
  tableId: string,
  rowDelta = 0,
  options: { columns?: boolean } = {},
): Promise<number> {
  store.tables.changed(tableId);
  const rows = await queryRows<{ version: string | number }>(
    tx,
    advanceVersionStatement(tableId, rowDelta, options.columns),
  );
  return Number(rows[0]?.version);
}

export interface HistoryRecord {
  rowId: string;
  action: HistoryAction;
  version: number;
  data: RowData;
  changedBy: string | null;
}

/** Writes history entries for one change of a table, in the transaction of that change. */
export async function writeHistory(
  tx: Executor,
  tableId: string,
  seq: number,
  records: HistoryRecord[],
  at: Date,
): Promise<void> {
  if (records.length === 0) return;
  const payload = JSON.stringify(
    records.map((record) => ({
      id: newId(),
      row_id: record.rowId,
      action: record.action,
      version: record.version,
      data: record.data,
      changed_by: record.changedBy,
    })),
  );
  await tx.execute(sql`
    INSERT INTO row_history (id, table_id, row_id, action, version, data, changed_by, seq, created_at)
    SELECT x.id, ${tableId}, x.row_id, x.action, x.version, x.data, x.changed_by, ${seq}, ${at.toISOString()}::timestamptz
    FROM json_to_recordset(${payload}::json)
      AS x(id uuid, row_id uuid, action text, version integer, data json, changed_by text)`);
}
