import { sql } from 'drizzle-orm';
import type { AnyColumnConfig, DataType } from '../../contract/data-types/index.ts';
import { storageOf } from '../column-types/index.ts';
import { type Executor, queryRows } from './database.ts';

/** What decides a column's storage: its type and, for AI columns, its output format. */
export type ColumnKind = { dataType: DataType; config: AnyColumnConfig };

/** System columns every user table has; user columns are added beside them as c_<hex>. */
export async function createStorageTable(tx: Executor, storageName: string): Promise<void> {
  await tx.execute(
    sql.raw(`CREATE TABLE "${storageName}" (
      id uuid PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_by text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`),
  );
}

export async function dropStorageTable(tx: Executor, storageName: string): Promise<void> {
  await tx.execute(sql.raw(`DROP TABLE IF EXISTS "${storageName}"`));
}

export async function addStorageColumn(
  tx: Executor,
  table: string,
  column: string,
  kind: ColumnKind,
): Promise<void> {
  await tx.execute(sql.raw(`ALTER TABLE "${table}" ADD COLUMN "${column}" ${storageOf(kind).sqlType}`));
}

export async function dropStorageColumn(tx: Executor, table: string, column: string): Promise<void> {
  await tx.execute(sql.raw(`ALTER TABLE "${table}" DROP COLUMN IF EXISTS "${column}"`));
}

/**
 * Converts a column's values to another type in place, through their text form.
 * Values that do not fit the new type become NULL; the counts say how many.
 */
export async function convertStorageColumn(
  tx: Executor,
  table: string,
  column: string,
  from: ColumnKind,
  to: ColumnKind,
): Promise<{ converted: number; cleared: number }> {
  const quoted = `"${column}"`;
  const converted = storageOf(to).fromText(storageOf(from).toText(quoted), to.config);
  const before = await countNonNull(tx, table, quoted);
  await tx.execute(
    sql.raw(
      `ALTER TABLE "${table}" ALTER COLUMN ${quoted} TYPE ${storageOf(to).sqlType} USING (${converted})`,
    ),
  );
  const after = await countNonNull(tx, table, quoted);
  return { converted: after, cleared: before - after };
}

async function countNonNull(tx: Executor, table: string, column: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql.raw(`SELECT count(${column})::int AS n FROM "${table}"`),
  );
  return rows[0]?.n ?? 0;
}

/** Distinct non-empty values of a column as text, to seed select options on conversion. */
export async function distinctTextValues(
  tx: Executor,
  table: string,
  column: string,
  kind: ColumnKind,
  limit: number,
): Promise<string[]> {
  const type = storageOf(kind);
  const source = type.kind === 'array' ? `unnest("${column}")` : type.toText(`"${column}"`);
  const rows = await queryRows<{ v: string }>(
    tx,
    sql.raw(
      `SELECT DISTINCT v FROM (SELECT btrim(${source}) AS v FROM "${table}") s WHERE v IS NOT NULL AND v <> '' ORDER BY v LIMIT ${Number(limit)}`,
    ),
  );
  return rows.map((row) => row.v);
}
