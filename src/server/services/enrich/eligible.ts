import { type SQL, sql } from 'drizzle-orm';
import type { FilterSpec, RowData } from '../../../contract/rows.ts';
import { queryRows } from '../../db/database.ts';
import { emptyCondition } from '../engine/queue-cells.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { whereClause } from '../rows/row-query.ts';
import { ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/** The request's filter as a condition on the row (alias r); its errors name `filter`, as sent. */
export function filterCondition(table: TableMeta, filter: FilterSpec | undefined): SQL {
  try {
    return whereClause(table.columns, filter ? [filter] : []);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.message,
      error.details.map((detail) => ({ ...detail, path: detail.path.replace(/^filters\[0\]/, 'filter') })),
    );
  }
}

/**
 * Rows an enrichment fills: those matching the filter whose target is still empty and not already
 * queued or being filled (a second request while the first runs takes nothing twice).
 */
function eligibleFrom(table: TableMeta, target: ColumnMeta, filter: SQL): SQL {
  return sql`FROM ${sql.raw(`"${table.storageName}"`)} AS r
    LEFT JOIN ai_cells old ON old.row_id = r.id AND old.column_id = ${target.id}
    WHERE (${filter}) AND ${emptyCondition(target)}
      AND (old.status IS NULL OR old.status NOT IN ('requested', 'in_progress'))`;
}

export async function countEligible(
  store: Store,
  table: TableMeta,
  target: ColumnMeta,
  filter: SQL,
): Promise<number> {
  const [counted] = await queryRows<{ n: number }>(
    store.db,
    sql`SELECT count(*)::int AS n ${eligibleFrom(table, target, filter)}`,
  );
  return counted?.n ?? 0;
}

/** A few eligible rows, in the table's order, to plan and estimate with. */
export async function sampleRows(
  store: Store,
  table: TableMeta,
  target: ColumnMeta,
  filter: SQL,
  limit: number,
): Promise<RowData[]> {
  const stored = await queryRows<StoredRow>(
    store.db,
    sql`SELECT ${sql.raw(selectList(table.columns, 'r'))} ${eligibleFrom(table, target, filter)}
        ORDER BY r.id LIMIT ${limit}`,
  );
  return stored.map((row) => decodeRow(table.id, table.columns, row).data);
}
