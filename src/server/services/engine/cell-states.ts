import { sql } from 'drizzle-orm';
import type { CellState, Row } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import type { TableMeta } from '../table-meta.ts';

interface StateRecord {
  row_id: string;
  column_id: string;
  status: CellState['status'];
  error: string | null;
  note: string | null;
  stale: boolean;
  locked: boolean;
  updated_at: Date | string;
}

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

function toState(record: StateRecord): CellState {
  return {
    status: record.status,
    updatedAt: iso(record.updated_at),
    ...(record.error && { error: record.error }),
    ...(record.note && { note: record.note }),
    ...(record.stale && { stale: true }),
    ...(record.locked && { locked: true }),
  };
}

/**
 * Gives each row its AI cells' states (Extruct's names: created, requested, in_progress, done, failed),
 * one query for the page. A cell never queued is `created`.
 */
export async function withCells(executor: Executor, table: TableMeta, rows: Row[]): Promise<Row[]> {
  const ai = table.columns.filter((column) => column.dataType === 'ai');
  if (ai.length === 0 || rows.length === 0) return rows;
  const records = await queryRows<StateRecord>(
    executor,
    sql`SELECT row_id, column_id, status, error, note, stale, locked, updated_at FROM ai_cells
        WHERE row_id = ANY(${`{${rows.map((row) => row.id).join(',')}}`}::uuid[])`,
  );
  const states = new Map(records.map((record) => [`${record.row_id}:${record.column_id}`, toState(record)]));
  return rows.map((row) => ({
    ...row,
    cells: Object.fromEntries(
      ai.map((column) => [
        column.name,
        states.get(`${row.id}:${column.id}`) ?? { status: 'created' as const, updatedAt: row.createdAt },
      ]),
    ),
  }));
}

/** The cells of rows just inserted: auto-run columns were queued with them, the others not yet. */
export function newRowCells(table: TableMeta, row: Row): Row {
  const ai = table.columns.filter((column) => column.dataType === 'ai');
  if (ai.length === 0) return row;
  return {
    ...row,
    cells: Object.fromEntries(
      ai.map((column) => [
        column.name,
        { status: column.config.autoRun ? 'requested' : 'created', updatedAt: row.createdAt },
      ]),
    ) as Row['cells'],
  };
}
