import { sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { CellState, Row } from '../../../contract/rows.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { hasNothingToRead, nothingToRead } from './nothing-to-read.ts';

interface StateRecord {
  row_id: string;
  column_id: string;
  status: CellState['status'];
  error: string | null;
  note: string | null;
  stale: boolean;
  locked: boolean;
  verified: boolean;
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
    ...(record.verified && { verified: true }),
  };
}

/**
 * Gives each row its AI cells' states (Extruct's names: created, requested, in_progress, done, failed),
 * one query for the page. A cell of an AI column never queued is `created`; cells of other columns
 * appear once an enrichment worked on them.
 */
export async function withCells(executor: Executor, table: TableMeta, rows: Row[]): Promise<Row[]> {
  if (rows.length === 0) return rows;
  const ai = table.columns.filter(isAiColumn);
  const records = await queryRows<StateRecord>(
    executor,
    sql`SELECT row_id, column_id, status, error, note, stale, locked, verified_at IS NOT NULL AS verified, updated_at FROM ai_cells
        WHERE row_id = ANY(${`{${rows.map((row) => row.id).join(',')}}`}::uuid[])`,
  );
  if (ai.length === 0 && records.length === 0) return rows;
  const names = new Map(table.columns.map((column) => [column.id, column.name]));
  const byRow = new Map<string, Record<string, CellState>>();
  for (const record of records) {
    const name = names.get(record.column_id);
    if (!name) continue;
    byRow.set(record.row_id, { ...byRow.get(record.row_id), [name]: toState(record) });
  }
  return rows.map((row) => {
    const found = byRow.get(row.id) ?? {};
    const created = Object.fromEntries(
      ai.flatMap((column) =>
        found[column.name] ? [] : [[column.name, { status: 'created' as const, updatedAt: row.createdAt }]],
      ),
    );
    return { ...row, cells: { ...created, ...found } };
  });
}

/**
 * The cells of rows just inserted: auto-run columns were queued with them (or wait, when the row has
 * nothing for them to read), the others not yet.
 */
export function newRowCells(table: TableMeta, row: Row): Row {
  const ai = table.columns.filter(isAiColumn);
  if (ai.length === 0) return row;
  return {
    ...row,
    cells: Object.fromEntries(
      ai.map((column) => [
        column.name,
        {
          status: !column.config.autoRun
            ? 'created'
            : nothingToRead(column, table.columns) && hasNothingToRead(column, table.columns, row.data)
              ? 'waiting'
              : 'requested',
          updatedAt: row.createdAt,
        },
      ]),
    ) as Row['cells'],
  };
}
