import { type SQL, sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { RunMode } from '../../../contract/runs.ts';
import { storageOf } from '../../column-types/index.ts';
import { currentVersion } from '../store/table-changes.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/**
 * The key a cell is queued under: the provider its AI column names, or "*" for whichever is the default
 * (a column of another type, filled by an enrichment, names none: its run's plan does).
 */
export const providerKey = (column: ColumnMeta): string =>
  (isAiColumn(column) ? column.config.provider : undefined) ?? '*';

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
  /** Also take cells a person locked by editing or verifying them (their verified mark goes). */
  overwrite: boolean;
  /** The provider the cells are called with, when not the column's (an enrichment names its own). */
  provider?: string;
  /**
   * When the row has nothing for the cell to read (see `nothingToRead`): such cells become `waiting`
   * instead of `requested`, belong to no run and cost no call; filling an input queues them.
   */
  waitWhen?: SQL | null;
  /** Only cells now `waiting` (an input of theirs was just written). */
  onlyWaiting?: boolean;
}

/** What a queued cell held of its last run, kept so a cancel can hand the cell back to that run. */
const PREVIOUS = sql`CASE WHEN old.row_id IS NULL THEN NULL ELSE jsonb_build_object('run_id', old.run_id,
  'before_value', old.before_value, 'before_status', old.before_status, 'before_note', old.before_note) END`;

/**
 * A cell handed back to the run that wrote it before (with that run's `before_*`), as it was before
 * a later run queued it: that earlier run can still be rolled back. Cells queued before `previous` was
 * kept belong to no run.
 */
export const BACK_TO_PREVIOUS = sql`run_id = (previous->>'run_id')::uuid,
  before_value = CASE WHEN previous IS NULL THEN before_value ELSE NULLIF(previous->'before_value', 'null'::jsonb) END,
  before_status = CASE WHEN previous IS NULL THEN before_status ELSE previous->>'before_status' END,
  before_note = CASE WHEN previous IS NULL THEN before_note ELSE previous->>'before_note' END, previous = NULL`;

/** A waiting cell stays with the run that last wrote it: only a cell that is queued changes hands. */
const keptWhenWaiting = (columns: string[]) =>
  sql.raw(
    columns
      .map(
        (name) => `${name} = CASE WHEN excluded.status = 'waiting' THEN c.${name} ELSE excluded.${name} END`,
      )
      .join(', '),
  );

/**
 * The cells a queueing takes, as `FROM ... WHERE ...` over the rows (`r`) and their cells (`old`,
 * possibly absent): what a run queues and what its estimate counts are the same cells.
 */
export function candidateCells(queue: QueueCells): SQL {
  const { table, column } = queue;
  const locks = queue.overwrite ? sql`` : sql`AND old.locked IS NOT TRUE`;
  const only = queue.onlyWaiting ? sql`AND old.status = 'waiting'` : sql``;
  return sql`FROM ${sql.raw(`"${table.storageName}"`)} AS r
      LEFT JOIN ai_cells old ON old.row_id = r.id AND old.column_id = ${column.id}
      WHERE (${queue.rows}) AND ${modeCondition(column, queue.mode)}
        AND (old.status IS NULL OR old.status NOT IN ('requested', 'in_progress')) ${locks} ${only}`;
}

/**
 * Marks a column's cells `requested` for the rows and mode given, remembering each cell's value and
 * status before, so the run can be rolled back, and the run and `before_*` they had (`previous`), so a
 * cancel gives them back to the run that last wrote them. Cells already queued or running are left to
 * finish; cells with nothing to read wait (`waitWhen`). Returns how many were queued (`n`) and how many
 * wait (`waiting`). Run it after the table's version was advanced.
 */
export function queueCellsStatement(queue: QueueCells): SQL {
  const { table, column } = queue;
  const value = sql.raw(`r."${column.storageName}"`);
  const waits = queue.waitWhen ?? sql`FALSE`;
  return sql`WITH queued AS (
      INSERT INTO ai_cells AS c (table_id, row_id, column_id, status, run_id, depth, provider, attempts, available_at,
        error, stale, locked, verified_value, verified_by, verified_at, before_value, before_status, before_note, previous, seq, updated_at)
      SELECT ${table.id}, r.id, ${column.id}, CASE WHEN ${waits} THEN 'waiting' ELSE 'requested' END,
        CASE WHEN ${waits} THEN NULL ELSE ${queue.runId}::uuid END, ${queue.depth}, ${queue.provider ?? providerKey(column)}, 0, now(),
        NULL, false, false, NULL, NULL, NULL, to_jsonb(${value}), COALESCE(NULLIF(old.status, 'waiting'), 'created'), old.note,
        ${PREVIOUS}, ${currentVersion(table.id)}, now()
      ${candidateCells(queue)}
      ON CONFLICT (row_id, column_id) DO UPDATE SET status = excluded.status,
        ${keptWhenWaiting(['run_id', 'before_value', 'before_status', 'before_note', 'previous', 'stale', 'locked', 'verified_value', 'verified_by', 'verified_at'])},
        depth = excluded.depth, provider = excluded.provider, attempts = 0, available_at = now(), error = NULL,
        lease_owner = NULL, lease_until = NULL, seq = excluded.seq, updated_at = now()
      RETURNING c.status)
    SELECT count(*) FILTER (WHERE status = 'requested')::int AS n,
      count(*) FILTER (WHERE status = 'waiting')::int AS waiting FROM queued`;
}
