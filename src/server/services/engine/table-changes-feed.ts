import { sql } from 'drizzle-orm';
import type { Changes } from '../../../contract/changes.ts';
import { queryRows } from '../../db/database.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import type { Store } from '../store/store.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { withCells } from './cell-states.ts';

/**
 * What changed in a table after version `since`: the rows whose data or AI cells changed (read from
 * row history and the cells' sequence numbers), as they are now, and the rows deleted. A client
 * patches its cached pages with them instead of refetching every page it holds.
 */
export async function changesSince(
  store: Store,
  table: TableMeta,
  since: number,
  limit: number,
): Promise<Changes> {
  const base = { version: table.version, columnsChanged: false, rowsAddedOrRemoved: false, truncated: false };
  if (since >= table.version) return { ...base, rows: [], deletedRowIds: [] };
  const [meta] = await queryRows<{ columns_version: string | number }>(
    store.db,
    sql`SELECT columns_version FROM user_tables WHERE id = ${table.id}`,
  );
  const touched = await queryRows<{ row_id: string; added_or_removed: boolean }>(
    store.db,
    sql`SELECT row_id, bool_or(action IN ('create', 'delete')) AS added_or_removed FROM (
          SELECT row_id, action FROM row_history WHERE table_id = ${table.id} AND seq > ${since} AND seq <= ${table.version}
          UNION ALL
          SELECT row_id, 'cell' FROM ai_cells WHERE table_id = ${table.id} AND seq > ${since} AND seq <= ${table.version}
        ) changed GROUP BY row_id LIMIT ${limit + 1}`,
  );
  const columnsChanged = Number(meta?.columns_version ?? 0) > since;
  if (touched.length > limit)
    return { ...base, columnsChanged, truncated: true, rows: [], deletedRowIds: [] };
  const ids = touched.map((row) => row.row_id);
  const stored =
    ids.length === 0
      ? []
      : await queryRows<StoredRow>(
          store.db,
          sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${sql.raw(`"${table.storageName}"`)}
        WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[]) ORDER BY id`,
        );
  const rows = await withCells(
    store.db,
    table,
    stored.map((row) => decodeRow(table.id, table.columns, row)),
  );
  const present = new Set(rows.map((row) => row.id));
  return {
    ...base,
    columnsChanged,
    rowsAddedOrRemoved: touched.some((row) => row.added_or_removed),
    rows,
    deletedRowIds: ids.filter((id) => !present.has(id)),
  };
}
