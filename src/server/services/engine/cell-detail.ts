import { sql } from 'drizzle-orm';
import type { CellDetail, CellStep } from '../../../contract/cells.ts';
import type { ExampleSent } from '../../../contract/verified.ts';
import { queryRows } from '../../db/database.ts';
import { getRow } from '../rows/rows.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

interface DetailRecord {
  status: CellDetail['status'];
  error: string | null;
  note: string | null;
  stale: boolean;
  locked: boolean;
  verified_value: unknown;
  verified_by: string | null;
  verified_at: Date | string | null;
  examples: ExampleSent[] | null;
  prompt: string | null;
  raw: string | null;
  called_provider: string | null;
  model: string | null;
  tokens_in: number | null;
  tokens_out: number | null;
  latency_ms: number | null;
  attempts: number;
  run_id: string | null;
  steps: CellStep[] | null;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  updated_at: Date | string | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** A column of the table, by name or id; 404 otherwise. */
export function cellColumn(table: TableMeta, nameOrId: string): ColumnMeta {
  const column = table.columns.find((candidate) => candidate.name === nameOrId || candidate.id === nameOrId);
  if (!column) throw new NotFoundError('Column not found');
  return column;
}

/**
 * Everything known about one AI cell (of an AI column, or of a column an enrichment filled): the prompt
 * as sent, the raw answer, the value, what it cost, an enrichment's steps. A cell no AI ever worked on
 * is 404 unless its column is an AI column (then it is `created`).
 */
export async function cellDetail(
  store: Store,
  table: TableMeta,
  rowId: string,
  column: ColumnMeta,
): Promise<CellDetail> {
  if (!isUuid(rowId)) throw new NotFoundError('Row not found');
  // The cell before the row: an answer lands in both at once, so a cell read as done always comes with
  // its value (the other order could pair "done" with the value from before the run).
  const [record] = await queryRows<DetailRecord>(
    store.db,
    sql`SELECT status, error, note, stale, locked, verified_value, verified_by, verified_at, examples, prompt, raw, called_provider, model, tokens_in, tokens_out,
          latency_ms, attempts, run_id, steps, started_at, finished_at, updated_at
        FROM ai_cells WHERE row_id = ${rowId} AND column_id = ${column.id}`,
  );
  const row = await getRow(store, table, rowId);
  if (!record && column.dataType !== 'ai') throw new NotFoundError('No AI work on this cell');
  return {
    rowId: row.id,
    column: column.name,
    status: record?.status ?? 'created',
    value: row.data[column.name] ?? null,
    error: record?.error ?? null,
    note: record?.note ?? null,
    stale: record?.stale ?? false,
    locked: record?.locked ?? false,
    verified: record?.verified_at
      ? { value: record.verified_value, by: record.verified_by, at: iso(record.verified_at) ?? '' }
      : null,
    prompt: record?.prompt ?? null,
    raw: record?.raw ?? null,
    provider: record?.called_provider ?? null,
    model: record?.model ?? null,
    tokensIn: record?.tokens_in ?? null,
    tokensOut: record?.tokens_out ?? null,
    latencyMs: record?.latency_ms ?? null,
    attempts: record?.attempts ?? 0,
    runId: record?.run_id ?? null,
    steps: record?.steps ?? null,
    examples: record?.examples ?? null,
    startedAt: iso(record?.started_at ?? null),
    finishedAt: iso(record?.finished_at ?? null),
    updatedAt: iso(record?.updated_at ?? null),
  };
}
