import { type SQL, sql } from 'drizzle-orm';
import type { RunMode } from '../../../contract/runs.ts';
import { storageOf } from '../../db/storage-types.ts';
import { currentVersion } from '../table-changes.ts';
import type { ColumnMeta, TableMeta } from '../table-meta.ts';

/** The key a cell is queued under: the provider its column names, or "*" for whichever is the default. */
export const providerKey = (column: ColumnMeta): string => column.config.provider ?? '*';

/** The row's (`r`) value of a column is empty: null, empty text or an empty list. */
export function emptyCondition(column: ColumnMeta): SQL {
  const value = sql.raw(`r."${column.storageName}"`);
  switch (storageOf(column).kind) {
    case 'text':
      return sql`(${value} IS NULL OR ${value} = '')`;
    case 'array':
      return sql`(${value} IS NULL OR cardinality(${value}) = 0)`;
    default:
      return sql`${value} IS NULL`;
  }
}

/** Which cells of a column a run takes, given the cell (`old`, possibly absent) and the row (`r`). */
function modeCondition(column: ColumnMeta, mode: RunMode): SQL {
  switch (mode) {
    case 'missing':
      return emptyCondition(column);
    case 'failed':
      return sql`old.status = 'failed'`;
    case 'stale':
      return sql`old.stale`;
    case 'all':
      return sql`TRUE`;
  }
}

export interface QueueCells {
  table: TableMeta;
  column: ColumnMeta;
  depth: number;
  runId: string | null;
  mode: RunMode;
  /** Rows to consider, as a condition on the table's columns (alias r for the row). */
  rows: SQL;
  /** Also take cells a person locked by editing them. */
  overwrite: boolean;
  /** The provider the cells are called with, when not the column's (an enrichment names its own). */
  provider?: string;
}

/** What a queued cell held of its last run, kept so a cancel can hand the cell back to that run. */
const PREVIOUS = sql`CASE WHEN old.row_id IS NULL THEN NULL ELSE jsonb_build_object('run_id', old.run_id,
  'before_value', old.before_value, 'before_status', old.before_status, 'before_note', old.before_note) END`;

/**
 * Marks a column's cells `requested` for the rows and mode given, remembering each cell's value and
 * status before, so the run can be rolled back, and the run and `before_*` they had (`previous`), so a
 * cancel gives them back to the run that last wrote them. Cells already queued or running are left to finish.
 * Returns how many were queued (as `n`). Run it after the table's version was advanced.
 */
export function queueCellsStatement(queue: QueueCells): SQL {
  const { table, column } = queue;
  const value = sql.raw(`r."${column.storageName}"`);
  const locks = queue.overwrite ? sql`` : sql`AND old.locked IS NOT TRUE`;
  return sql`WITH queued AS (
      INSERT INTO ai_cells AS c (table_id, row_id, column_id, status, run_id, depth, provider, attempts, available_at,
        error, stale, locked, before_value, before_status, before_note, previous, seq, updated_at)
      SELECT ${table.id}, r.id, ${column.id}, 'requested', ${queue.runId}, ${queue.depth}, ${queue.provider ?? providerKey(column)}, 0, now(),
        NULL, false, false, to_jsonb(${value}), COALESCE(old.status, 'created'), old.note,
        ${PREVIOUS}, ${currentVersion(table.id)}, now()
      FROM ${sql.raw(`"${table.storageName}"`)} AS r
      LEFT JOIN ai_cells old ON old.row_id = r.id AND old.column_id = ${column.id}
      WHERE (${queue.rows}) AND ${modeCondition(column, queue.mode)}
        AND (old.status IS NULL OR old.status NOT IN ('requested', 'in_progress')) ${locks}
      ON CONFLICT (row_id, column_id) DO UPDATE SET status = 'requested', run_id = excluded.run_id,
        depth = excluded.depth, provider = excluded.provider, attempts = 0, available_at = now(), error = NULL,
        stale = false, locked = false, lease_owner = NULL, lease_until = NULL, before_value = excluded.before_value,
        before_status = excluded.before_status, before_note = excluded.before_note, previous = excluded.previous, seq = excluded.seq, updated_at = now()
      RETURNING 1)
    SELECT count(*)::int AS n FROM queued`;
}
