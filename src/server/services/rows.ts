import { type SQL, sql } from 'drizzle-orm';
import type { ErrorDetail } from '../../contract/errors.ts';
import type { InsertRowsInput, ListRowsQuery, Row, UpdateRowInput } from '../../contract/rows.ts';
import { type Db, type Executor, queryRows } from '../db/database.ts';
import type { CountCache } from './count-cache.ts';
import { NotFoundError, ValidationError, VersionConflictError } from './errors.ts';
import { isUuid, newId } from './ids.ts';
import { decodeRow, recordsetColumns, type StoredRow, selectList, toStorageRecord } from './row-codec.ts';
import { orderClause, whereClause } from './row-query.ts';
import { rowValidator } from './row-values.ts';
import { advanceTableVersion, writeHistory } from './table-changes.ts';
import { loadTable, type TableMeta } from './table-meta.ts';

/**
 * One page of rows matching the query, and how many match in all. The page is found on ids and sort
 * keys alone, then its 50-odd rows are read whole: deep offsets then walk an index, not whole rows.
 */
export async function listRows(
  db: Db,
  tableId: string,
  query: ListRowsQuery,
  counts?: CountCache,
): Promise<{ rows: Row[]; total: number; table: TableMeta }> {
  const table = await loadTable(db, tableId);
  const where = whereClause(table.columns, query.filters, query.search);
  const order = orderClause(table.columns, query.sorts);
  const from = sql.raw(`"${table.storageName}"`);
  const stored = await queryRows<StoredRow>(
    db,
    sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${from}
        WHERE id IN (SELECT id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset})
        ORDER BY ${order}`,
  );
  return {
    rows: stored.map((row) => decodeRow(table.id, table.columns, row)),
    total: await countRows(db, table, query, where, counts),
    table,
  };
}

async function countRows(
  db: Db,
  table: TableMeta,
  query: ListRowsQuery,
  where: SQL,
  counts?: CountCache,
): Promise<number> {
  if (!query.filters?.length && !query.search?.trim()) return table.rowCount;
  const key = `${table.id}@${table.version}:${JSON.stringify([query.filters, query.search])}`;
  const cached = counts?.get(key);
  if (cached !== undefined) return cached;
  const [result] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${table.storageName}"`)} WHERE ${where}`,
  );
  const total = Number(result?.n ?? 0);
  counts?.set(key, total);
  return total;
}

export async function getRow(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  lock = false,
): Promise<Row> {
  const row = isUuid(rowId) ? await findRow(executor, table, rowId, lock) : undefined;
  if (!row) throw new NotFoundError('Row not found');
  return row;
}

async function findRow(
  executor: Executor,
  table: TableMeta,
  rowId: string,
  lock: boolean,
): Promise<Row | undefined> {
  const [stored] = await queryRows<StoredRow>(
    executor,
    sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${sql.raw(`"${table.storageName}"`)}
        WHERE id = ${rowId} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  return stored && decodeRow(table.id, table.columns, stored);
}

/** Inserts a batch of rows and their history entries in one transaction; all or nothing. */
export async function insertRows(db: Db, tableId: string, input: InsertRowsInput): Promise<Row[]> {
  const table = await loadTable(db, tableId);
  const errors: ErrorDetail[] = [];
  const at = new Date();
  const validate = rowValidator(table.columns, 'insert');
  const rows: Row[] = input.rows.map((row, index) => {
    const checked = validate(row.data, `rows[${index}].data`);
    errors.push(...checked.errors);
    const createdAt = at.toISOString();
    const createdBy = row.createdBy ?? null;
    return {
      id: newId(),
      tableId,
      data: checked.data,
      version: 1,
      createdBy,
      createdAt,
      updatedAt: createdAt,
    };
  });
  if (errors.length > 0) throw new ValidationError('Invalid rows', errors.slice(0, 100));
  await db.transaction(async (tx) => {
    const seq = await advanceTableVersion(tx, tableId, rows.length);
    await insertStoredRows(tx, table, rows, { seq, action: 'create' });
  });
  return rows;
}

/**
 * Writes rows, ids and versions included, into the table's storage and their history entries, in one
 * statement over one JSON parameter: the batch insert's hot path.
 */
export async function insertStoredRows(
  tx: Executor,
  table: TableMeta,
  rows: Row[],
  history: { seq: number; action: 'create' | 'rollback' },
): Promise<void> {
  const columns = table.columns.filter((column) => column.dataType !== 'computed');
  const payload = JSON.stringify(
    rows.map((row) => ({
      id: row.id,
      version: row.version,
      created_by: row.createdBy,
      created_at: row.createdAt,
      updated_at: row.updatedAt,
      ...toStorageRecord(columns, row.data),
      history_id: newId(),
      data: row.data,
    })),
  );
  const system = [
    'id uuid',
    'version integer',
    'created_by text',
    'created_at timestamptz',
    'updated_at timestamptz',
  ];
  const definition = [
    ...system,
    ...(columns.length > 0 ? [recordsetColumns(columns)] : []),
    'history_id uuid',
    'data json',
  ];
  const list = [
    'id',
    'version',
    'created_by',
    'created_at',
    'updated_at',
    ...columns.map((column) => `"${column.storageName}"`),
  ].join(', ');
  await tx.execute(
    sql`WITH x AS MATERIALIZED (SELECT * FROM json_to_recordset(${payload}::json) AS x(${sql.raw(definition.join(', '))})),
        inserted AS (INSERT INTO ${sql.raw(`"${table.storageName}"`)} (${sql.raw(list)}) SELECT ${sql.raw(list)} FROM x)
        INSERT INTO row_history (id, table_id, row_id, action, version, data, changed_by, seq, created_at)
        SELECT history_id, ${table.id}, id, ${history.action}, version, data, created_by, ${history.seq}, created_at FROM x`,
  );
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

/** Replaces a row's data (as the Tables API specifies), checking the expected version first. */
export async function updateRow(
  db: Db,
  tableId: string,
  rowId: string,
  input: UpdateRowInput,
  expected: number | undefined,
): Promise<Row> {
  const table = await loadTable(db, tableId);
  const checked = rowValidator(table.columns, 'replace')(input.data, 'data');
  return db.transaction(async (tx) => {
    const current = await getRow(tx, table, rowId, true);
    if (expected !== undefined && expected !== current.version) throw new VersionConflictError(current);
    if (checked.errors.length > 0) throw new ValidationError('Invalid row data', checked.errors);
    return writeRowData(tx, table, current, checked.data, 'update', input.updatedBy ?? null);
  });
}

/** Writes new data over an existing, locked row, with its history entry. */
export async function writeRowData(
  tx: Executor,
  table: TableMeta,
  current: Row,
  data: Row['data'],
  action: 'update' | 'rollback',
  changedBy: string | null,
): Promise<Row> {
  const at = new Date();
  const seq = await advanceTableVersion(tx, table.id);
  const columns = table.columns.filter((column) => column.name in data);
  const assignments = columns.map(
    (column) => sql`${sql.raw(`"${column.storageName}"`)} = x.${sql.raw(`"${column.storageName}"`)}`,
  );
  const source =
    columns.length > 0
      ? sql`FROM jsonb_to_record(${JSON.stringify(toStorageRecord(columns, data))}::jsonb) AS x(${sql.raw(recordsetColumns(columns))})`
      : sql``;
  const [stored] = await queryRows<StoredRow>(
    tx,
    sql`UPDATE ${sql.raw(`"${table.storageName}"`)} AS t
        SET ${sql.join([...assignments, sql`version = t.version + 1`, sql`updated_at = ${at.toISOString()}::timestamptz`], sql`, `)}
        ${source}
        WHERE t.id = ${current.id}
        RETURNING ${sql.raw(selectList(table.columns, 't'))}`,
  );
  if (!stored) throw new NotFoundError('Row not found');
  const row = decodeRow(table.id, table.columns, stored);
  await writeHistory(
    tx,
    table.id,
    seq,
    [{ rowId: row.id, action, version: row.version, data: row.data, changedBy }],
    at,
  );
  return row;
}

/** Deletes rows by id with a history entry each; returns how many existed. */
export async function deleteRows(
  db: Db,
  tableId: string,
  rowIds: string[],
  deletedBy: string | null = null,
): Promise<number> {
  const table = await loadTable(db, tableId);
  const ids = [...new Set(rowIds.filter(isUuid))];
  if (ids.length === 0) return 0;
  return db.transaction(async (tx) => {
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
    const seq = await advanceTableVersion(tx, tableId, -deleted.length);
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
    return deleted.length;
  });
}
