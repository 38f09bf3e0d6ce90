import { sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { InsertRowsInput, Row, UpdateRowInput } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { newRowCellStates, withCellStates } from '../store/cell-hooks.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../store/errors.ts';
import { isUuid, newId } from '../store/ids.ts';
import { deriveRow, hookStatements, type WriteSource } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion, advanceVersionStatement, writeHistory } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { bulkInsertRows } from './bulk-rows.ts';
import { decodeRow, recordsetColumns, type StoredRow, selectList, toStorageRecord } from './row-codec.ts';
import { insertRowsStatement } from './row-insert.ts';
import { mergeEdit } from './row-merge.ts';
import { rowValidator } from './row-values.ts';
import { readRow } from './rows.ts';

/**
 * From this many rows a batch insert takes the bulk path (COPY): PostgreSQL reads COPY's text format
 * with less work than one JSON parameter (~8% less store time per row, bench/RESULTS.md), which
 * outweighs the staging table it creates for the history entries.
 */
const BULK_FROM_ROWS = 500;

/**
 * Inserts a batch of rows and their history entries, all or nothing. Everything is checked and encoded
 * before the store is touched, and the write is one batch: the table is locked only while SQL runs.
 */
export async function insertRows(store: Store, tableId: string, input: InsertRowsInput): Promise<Row[]> {
  const table = await store.tables.get(tableId);
  const errors: ErrorDetail[] = [];
  const createdAt = new Date().toISOString();
  const validate = rowValidator(table.columns, 'insert');
  const rows: Row[] = input.rows.map((row, index) => {
    const checked = validate(row.data, `rows[${index}].data`);
    errors.push(...checked.errors);
    return {
      id: newId(),
      tableId,
      data: deriveRow(store.rowHooks, table, checked.data),
      version: 1,
      createdBy: row.createdBy ?? null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  if (errors.length > 0) throw new ValidationError('Invalid rows', errors.slice(0, 100));
  const actor = input.rows[0]?.createdBy ?? null;
  if (rows.length >= BULK_FROM_ROWS) {
    await bulkInsertRows(store, table, rows, { source: 'api', actor });
    return rows.map((row) => newRowCellStates(store.cellHooks, table, row));
  }
  const insert = insertRowsStatement(table, rows, 'create');
  const consequences = hookStatements(store.rowHooks, {
    table,
    changes: rows.map((row) => ({ rowId: row.id, before: null, after: row.data })),
    source: 'api',
    actor,
  });
  store.tables.changed(tableId);
  await store.batch([advanceVersionStatement(tableId, rows.length), insert, ...consequences]);
  return rows.map((row) => newRowCellStates(store.cellHooks, table, row));
}

/** Expected version from the If-Match header or the body; undefined when the client named none. */
export function expectedVersion(
  ifMatch: string | undefined,
  bodyVersion: number | undefined,
): number | undefined {
  if (bodyVersion !== undefined) return bodyVersion;
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const version = Number(ifMatch.replace(/^W\//, '').replaceAll('"', '').trim());
  if (!Number.isInteger(version) || version < 1) {
    throw new ValidationError('Invalid If-Match header', [
      { path: 'If-Match', message: 'Expected a row version number' },
    ]);
  }
  return version;
}

/** The data a row had at a version, from its history; undefined when no entry records it. */
async function dataAtVersion(tx: Executor, rowId: string, version: number): Promise<Row['data'] | undefined> {
  const [entry] = await queryRows<{ data: Row['data'] }>(
    tx,
    sql`SELECT data FROM row_history WHERE row_id = ${rowId} AND version = ${version} ORDER BY seq DESC LIMIT 1`,
  );
  return entry?.data;
}

/**
 * Replaces a row's data (as the Tables API specifies). With the version the client read: when the row
 * moved on since (another person, the AI engine filling its cells), the edit is merged field by field
 * and only a field both changed is a conflict (409). AI columns the client did not send keep their
 * values; AI columns it changed keep the person's value and are locked against reruns.
 */
export async function updateRow(
  store: Store,
  tableId: string,
  rowId: string,
  input: UpdateRowInput,
  expected: number | undefined,
): Promise<Row> {
  const table = await store.tables.get(tableId);
  const checked = rowValidator(table.columns, 'replace')(input.data, 'data');
  const ai = table.columns.filter(isAiColumn);
  const { written: row, edited } = await store.db.transaction(async (tx) => {
    const current = await readRow(tx, table, rowId, true);
    if (checked.errors.length > 0) throw new ValidationError('Invalid row data', checked.errors);
    let data = { ...checked.data };
    for (const column of ai) if (!(column.name in input.data)) data[column.name] = current.data[column.name];
    if (expected !== undefined && expected !== current.version) {
      const base = await dataAtVersion(tx, rowId, expected);
      if (!base) throw new VersionConflictError(current);
      const merged = mergeEdit({
        base,
        current: current.data,
        given: checked.data,
        sent: Object.keys(input.data),
      });
      if (merged.conflicts.length > 0) throw new VersionConflictError(current, merged.conflicts);
      data = merged.data;
    }
    const edited = table.columns.filter(
      (column) =>
        column.name in input.data &&
        JSON.stringify(data[column.name]) !== JSON.stringify(current.data[column.name]),
    );
    const written = await writeRowData(store, tx, table, current, data, {
      action: 'update',
      source: 'api',
      actor: input.updatedBy ?? null,
    });
    // The person's values stand over what computed them (AI answers: locked, and learned from).
    if (edited.length > 0)
      for (const hook of store.cellHooks)
        await hook.personWrote?.(tx, {
          table,
          row: written,
          columns: edited,
          actor: input.updatedBy ?? null,
        });
    return { written, edited };
  });
  store.signals.cellsWritten(rowId, new Set(edited.map((column) => column.id)));
  const [withState] = await withCellStates(store.cellHooks, store.db, table, [row]);
  return withState ?? row;
}

/** Writes new data over an existing, locked row, with its history entry and what hooks do about it. */
export async function writeRowData(
  store: Store,
  tx: Executor,
  table: TableMeta,
  current: Row,
  given: Row['data'],
  how: { action: 'update' | 'rollback'; source: WriteSource; actor: string | null },
): Promise<Row> {
  const [row] = await writeRowsData(store, tx, table, [{ current, given }], how);
  if (!row) throw new NotFoundError('Row not found');
  return row;
}

/**
 * `writeRowData` for many rows of one table at once: one version, one UPDATE per set of columns
 * written (rows written whole share one), their history entries and the hooks' statements together.
 */
export async function writeRowsData(
  store: Store,
  tx: Executor,
  table: TableMeta,
  updates: Array<{ current: Row; given: Row['data'] }>,
  how: { action: 'update' | 'rollback'; source: WriteSource; actor: string | null },
): Promise<Row[]> {
  if (updates.length === 0) return [];
  const { action, source, actor: changedBy } = how;
  const at = new Date();
  const seq = await advanceTableVersion(store, tx, table.id);
  const groups = new Map<string, Array<{ id: string; data: Row['data'] }>>();
  for (const { current, given } of updates) {
    const data = deriveRow(store.rowHooks, table, given);
    const key = table.columns.flatMap((column) => (column.name in data ? [column.id] : [])).join();
    const group = groups.get(key) ?? [];
    group.push({ id: current.id, data });
    groups.set(key, group);
  }
  const rows: Row[] = [];
  for (const group of groups.values()) {
    const columns = table.columns.filter((column) => column.name in (group[0]?.data ?? {}));
    const payload = JSON.stringify(group.map(({ id, data }) => ({ id, ...toStorageRecord(columns, data) })));
    const assignments = columns.map(
      (column) => sql`${sql.raw(`"${column.storageName}"`)} = x.${sql.raw(`"${column.storageName}"`)}`,
    );
    const definition = ['id uuid', ...(columns.length > 0 ? [recordsetColumns(columns)] : [])].join(', ');
    const stored = await queryRows<StoredRow>(
      tx,
      sql`UPDATE ${sql.raw(`"${table.storageName}"`)} AS t
          SET ${sql.join([...assignments, sql`version = t.version + 1`, sql`updated_at = ${at.toISOString()}::timestamptz`], sql`, `)}
          FROM jsonb_to_recordset(${payload}::jsonb) AS x(${sql.raw(definition)})
          WHERE t.id = x.id
          RETURNING ${sql.raw(selectList(table.columns, 't'))}`,
    );
    rows.push(...stored.map((record) => decodeRow(table.id, table.columns, record)));
  }
  await writeHistory(
    tx,
    table.id,
    seq,
    rows.map((row) => ({ rowId: row.id, action, version: row.version, data: row.data, changedBy })),
    at,
  );
  const before = new Map(updates.map(({ current }) => [current.id, current.data]));
  const changes = rows.map((row) => ({ rowId: row.id, before: before.get(row.id) ?? null, after: row.data }));
  for (const statement of hookStatements(store.rowHooks, { table, changes, source, actor: changedBy })) {
    await tx.execute(statement);
  }
  return rows;
}

/** Deletes rows by id with a history entry each; returns how many existed. */
export async function deleteRows(
  store: Store,
  tableId: string,
  rowIds: string[],
  deletedBy: string | null = null,
): Promise<number> {
  const table = await store.tables.get(tableId);
  const ids = [...new Set(rowIds.filter(isUuid))];
  if (ids.length === 0) return 0;
  return store.db.transaction((tx) => deleteRowsIn(store, tx, table, ids, deletedBy));
}

/** `deleteRows` inside a transaction already open (a write that replaces another table's rows). */
export async function deleteRowsIn(
  store: Store,
  tx: Executor,
  table: TableMeta,
  ids: string[],
  deletedBy: string | null,
): Promise<number> {
  const tableId = table.id;
  const at = new Date();
  const deleted = await queryRows<StoredRow>(
    tx,
    sql`DELETE FROM ${sql.raw(`"${table.storageName}"`)}
        WHERE id IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        RETURNING ${sql.raw(selectList(table.columns))}`,
  );
  if (deleted.length === 0) return 0;
  const seq = await advanceTableVersion(store, tx, tableId, -deleted.length);
  const records = deleted.map((stored) => decodeRow(tableId, table.columns, stored));
  await writeHistory(
    tx,
    tableId,
    seq,
    records.map((row) => ({
      rowId: row.id,
      action: 'delete',
      version: row.version,
      data: row.data,
      changedBy: deletedBy,
    })),
    at,
  );
  const changes = records.map((row) => ({ rowId: row.id, before: row.data, after: null }));
  for (const statement of hookStatements(store.rowHooks, {
    table,
    changes,
    source: 'api',
    actor: deletedBy,
  })) {
    await tx.execute(statement);
  }
  const rowIds = records.map((row) => row.id);
  for (const hook of store.rowHooks) await hook.afterDelete?.(tx, { table, rowIds, actor: deletedBy });
  return deleted.length;
}
