import { and, desc, eq, sql } from 'drizzle-orm';
import { dataTypes } from '../../../contract/data-types/index.ts';
import type { HistoryAction, HistoryEntry } from '../../../contract/history.ts';
import type { Row, RowData } from '../../../contract/rows.ts';
import { queryRows } from '../../db/database.ts';
import { rowHistory } from '../../db/schema.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import { deriveRow, hookStatements } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { insertRowsStatement } from './row-insert.ts';
import { checkValue } from './row-values.ts';
import { writeRowData } from './row-writes.ts';
import { readRow } from './rows.ts';

type HistoryRecord = typeof rowHistory.$inferSelect;

function toEntry(record: HistoryRecord): HistoryEntry {
  return {
    id: record.id,
    tableId: record.tableId,
    rowId: record.rowId,
    action: record.action as HistoryAction,
    version: record.version,
    data: record.data as RowData,
    changedBy: record.changedBy,
    seq: Number(record.seq),
    createdAt: record.createdAt.toISOString(),
  };
}

/** The table's most recent changes, newest first. */
export async function tableHistory(store: Store, tableId: string, limit: number): Promise<HistoryEntry[]> {
  await store.tables.get(tableId);
  const records = await store.db
    .select()
    .from(rowHistory)
    .where(eq(rowHistory.tableId, tableId))
    .orderBy(desc(rowHistory.seq), desc(rowHistory.id))
    .limit(limit);
  return records.map(toEntry);
}

/** Every version of one row, newest first; also answers for deleted rows, whose history remains. */
export async function rowHistoryEntries(
  store: Store,
  tableId: string,
  rowId: string,
  limit: number,
): Promise<HistoryEntry[]> {
  await store.tables.get(tableId);
  if (!isUuid(rowId)) throw new NotFoundError('Row not found');
  const records = await store.db
    .select()
    .from(rowHistory)
    .where(and(eq(rowHistory.tableId, tableId), eq(rowHistory.rowId, rowId)))
    .orderBy(desc(rowHistory.id))
    .limit(limit);
  if (records.length === 0) throw new NotFoundError('Row not found');
  return records.map(toEntry);
}

/**
 * The data of a history entry fitted to the table's current columns: columns removed since are
 * dropped, values that no longer fit their column's type are cleared.
 */
function fitToColumns(table: TableMeta, data: RowData): RowData {
  const fitted: RowData = {};
  for (const column of table.columns) {
    if (!dataTypes[column.dataType].writable) continue;
    const checked = checkValue({ ...column, required: false }, data[column.name] ?? null);
    fitted[column.name] = 'value' in checked ? checked.value : null;
  }
  return fitted;
}

/** Puts a row back to the data of one of its history entries; a deleted row is restored. */
export async function rollbackRow(
  store: Store,
  tableId: string,
  rowId: string,
  historyEntryId: string,
): Promise<Row> {
  const table = await store.tables.get(tableId);
  if (!isUuid(rowId) || !isUuid(historyEntryId)) throw new NotFoundError('History entry not found');
  const [entry] = await store.db
    .select()
    .from(rowHistory)
    .where(
      and(eq(rowHistory.id, historyEntryId), eq(rowHistory.rowId, rowId), eq(rowHistory.tableId, tableId)),
    );
  if (!entry) throw new NotFoundError('History entry not found');
  const data = fitToColumns(table, entry.data as RowData);
  return store.db.transaction(async (tx) => {
    const existing = await readRow(tx, table, rowId, true).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (existing) {
      return writeRowData(store, tx, table, existing, data, {
        action: 'rollback',
        source: 'rollback',
        actor: null,
      });
    }
    const [last] = await queryRows<{ version: number }>(
      tx,
      sql`SELECT max(version)::int AS version FROM row_history WHERE row_id = ${rowId}`,
    );
    const at = new Date().toISOString();
    const restored: Row = {
      id: rowId,
      tableId,
      data: deriveRow(store.rowHooks, table, data),
      version: (last?.version ?? 0) + 1,
      createdBy: null,
      createdAt: at,
      updatedAt: at,
    };
    await advanceTableVersion(store, tx, tableId, 1);
    await tx.execute(insertRowsStatement(table, [restored], 'rollback'));
    const change = { rowId, before: null, after: restored.data };
    for (const statement of hookStatements(store.rowHooks, {
      table,
      changes: [change],
      source: 'rollback',
      actor: null,
    })) {
      await tx.execute(statement);
    }
    return restored;
  });
}
