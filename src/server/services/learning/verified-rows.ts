import { sql } from 'drizzle-orm';
import type { RowData } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import { valueText } from '../prompts/cell-prompt.ts';
import { inputsOf } from '../prompts/dependencies.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/** A verified cell with its row as it is now: the inputs a call would read, and the people's answer. */
export interface VerifiedRow {
  rowId: string;
  data: RowData;
  value: unknown;
  by: string | null;
  at: string;
}

/**
 * Most verified cells read for one column at a time: examples are chosen among the newest this many,
 * and an evaluation runs on them. Enough for any person's labelling; bounded for the prepare step.
 */
export const VERIFIED_READ_LIMIT = 1000;

type Stored = StoredRow & {
  v_value: unknown;
  v_by: string | null;
  v_at: Date | string;
};

/** A column's verified cells, newest first, with their rows (one query, over the partial index). */
export async function verifiedRows(
  executor: Executor,
  table: TableMeta,
  column: ColumnMeta,
  limit = VERIFIED_READ_LIMIT,
): Promise<VerifiedRow[]> {
  const stored = await queryRows<Stored>(
    executor,
    sql`SELECT ${sql.raw(selectList(table.columns, 'r'))}, c.verified_value AS v_value, c.verified_by AS v_by,
          c.verified_at AS v_at
        FROM ai_cells c JOIN ${sql.raw(`"${table.storageName}"`)} AS r ON r.id = c.row_id
        WHERE c.column_id = ${column.id} AND c.verified_at IS NOT NULL
        ORDER BY c.verified_at DESC, c.row_id LIMIT ${limit}`,
  );
  return stored.map((record) => ({
    rowId: record.id,
    data: decodeRow(table.id, table.columns, record).data,
    value: record.v_value,
    by: record.v_by,
    at: new Date(record.v_at).toISOString(),
  }));
}

/** The verified cells a column has. */
export async function verifiedCount(executor: Executor, column: ColumnMeta): Promise<number> {
  const [counted] = await queryRows<{ n: number }>(
    executor,
    sql`SELECT count(*)::int AS n FROM ai_cells WHERE column_id = ${column.id} AND verified_at IS NOT NULL`,
  );
  return counted?.n ?? 0;
}

/** A row's inputs to a column as its prompt shows them (text, or null when empty), by column key. */
export function inputTexts(
  column: ColumnMeta,
  columns: ColumnMeta[],
  data: RowData,
): Record<string, string | null> {
  return Object.fromEntries(inputsOf(column, columns).map((name) => [name, valueText(data[name])]));
}
