import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';
import {
  decodeRow,
  recordsetColumns,
  type StoredRow,
  selectList,
  toStorageRecord,
} from '../rows/row-codec.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { computeRow, formulaPlan } from './formula-plan.ts';

/** Rows read and rewritten per statement when every row is recomputed. */
const BATCH = 2_000;

/**
 * Recomputes every computed column of every row, in id order, a batch at a time, inside the caller's
 * transaction (a formula change): readers see the old values or the new ones, never a mix. Like a
 * type conversion, this is a schema change: rows keep their versions and no history is written.
 */
export async function recomputeAllRows(tx: Executor, table: TableMeta): Promise<number> {
  const computed = table.columns.filter((column) => column.dataType === 'computed');
  if (computed.length === 0) return 0;
  const plan = formulaPlan(table.columns);
  const storage = sql.raw(`"${table.storageName}"`);
  const assignments = sql.raw(computed.map((c) => `"${c.storageName}" = x."${c.storageName}"`).join(', '));
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const stored: StoredRow[] = await queryRows<StoredRow>(
      tx,
      sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${storage}
          WHERE ${after === null ? sql`TRUE` : sql`id > ${after}`} ORDER BY id LIMIT ${BATCH}`,
    );
    if (stored.length === 0) break;
    const records = stored.map((record) => {
      const row = decodeRow(table.id, table.columns, record);
      return { id: row.id, ...toStorageRecord(computed, computeRow(plan, row.data)) };
    });
    await tx.execute(
      sql`UPDATE ${storage} AS t SET ${assignments}
          FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(id uuid, ${sql.raw(recordsetColumns(computed))})
          WHERE t.id = x.id`,
    );
    total += stored.length;
    after = stored[stored.length - 1]?.id ?? null;
    if (stored.length < BATCH) break;
  }
  return total;
}
