import { sql } from 'drizzle-orm';
import type { ResumeInput, RollbackResult, Run } from '../../../contract/runs.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import type { Providers } from '../ai/providers.ts';
import { ConflictError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import { writeCellValues } from './cell-values.ts';
import { BACK_TO_PREVIOUS } from './queue-cells.ts';
import { resumeRun } from './run-pause.ts';
import { getRun, runRecord } from './runs.ts';

/** Puts a run's queued and running cells back as they were before it; returns how many. */
async function withdrawPending(tx: Executor, runId: string, version: number): Promise<number> {
  const withdrawn = await queryRows<{ n: number }>(
    tx,
    sql`WITH withdrawn AS (
          UPDATE ai_cells SET status = COALESCE(before_status, 'created'), ${BACK_TO_PREVIOUS}, lease_owner = NULL,
            lease_until = NULL, error = NULL, seq = ${version}, updated_at = now()
          WHERE run_id = ${runId} AND status IN ('requested', 'in_progress') RETURNING 1)
        SELECT count(*)::int AS n FROM withdrawn`,
  );
  const n = withdrawn[0]?.n ?? 0;
  if (n > 0)
    await tx.execute(sql`UPDATE ai_runs SET cells_cancelled = cells_cancelled + ${n} WHERE id = ${runId}`);
  return n;
}

/**
 * Stops a run: its queued cells go back to what they were, its running calls are abandoned (the engine
 * running them, here or on another server, drops their answers). Cells it finished stay.
 */
export async function cancelRun(store: Store, tableId: string, runId: string): Promise<Run> {
  const run = await getRun(store, tableId, runId);
  if (run.status !== 'running' && run.status !== 'paused') return run;
  await store.db.transaction(async (tx) => {
    const version = await advanceTableVersion(store, tx, tableId);
    await withdrawPending(tx, runId, version);
    await tx.execute(
      sql`UPDATE ai_runs SET status = 'cancelled', finished_at = now() WHERE id = ${runId} AND status IN ('running', 'paused')`,
    );
  });
  store.signals.runStopped(runId);
  return getRun(store, tableId, runId);
}

interface RunCell {
  row_id: string;
  column_id: string;
  status: string;
  before_value: unknown;
}

/**
 * Undoes a run: every cell it changed gets back its value, status and note from before the run (new
 * row versions and history entries, as for any edit). Cells changed since by a person or by a later
 * run are not the run's any more and stay as they are. A run still going is cancelled first.
 */
export async function rollbackRun(store: Store, tableId: string, runId: string): Promise<RollbackResult> {
  const run = await getRun(store, tableId, runId);
  if (run.status === 'rolled_back') throw new ConflictError('This run was rolled back already');
  const table = await store.tables.get(tableId);
  const restored = await store.db.transaction(async (tx) => {
    const version = await advanceTableVersion(store, tx, tableId);
    await withdrawPending(tx, runId, version);
    const cells = await queryRows<RunCell>(
      tx,
      sql`SELECT row_id, column_id, status, before_value FROM ai_cells
          WHERE run_id = ${runId} AND status IN ('done', 'failed') FOR UPDATE`,
    );
    await writeCellValues(store, tx, table, version, {
      values: cells
        .filter((cell) => cell.status === 'done')
        .map((cell) => ({ rowId: cell.row_id, columnId: cell.column_id, value: cell.before_value })),
      action: 'rollback',
      changedBy: `rollback of run ${runId}`,
      source: 'rollback',
    });
    await tx.execute(
      sql`UPDATE ai_cells SET status = COALESCE(before_status, 'created'), note = before_note, error = NULL,
            ${BACK_TO_PREVIOUS}, stale = false, seq = ${version}, updated_at = now()
          WHERE run_id = ${runId} AND status IN ('done', 'failed')`,
    );
    await tx.execute(
      sql`UPDATE ai_runs SET status = 'rolled_back', rolled_back_at = now(), finished_at = COALESCE(finished_at, now())
          WHERE id = ${runId}`,
    );
    return cells.length;
  });
  store.signals.runStopped(runId);
  return { cellsRestored: restored, cellsSkipped: Math.max(0, run.cellsDone + run.cellsFailed - restored) };
}

/** Continues a run paused at its budget (see run-pause.ts); 409 for a run that is not paused. */
export async function continueRun(
  store: Store,
  providers: Providers,
  tableId: string,
  runId: string,
  input: ResumeInput,
): Promise<Run> {
  const table = await store.tables.get(tableId);
  const record = await runRecord(store, tableId, runId);
  const ids = record.columnIds as string[];
  await resumeRun(
    store,
    providers,
    record,
    table.columns.filter((column) => ids.includes(column.id)),
    input,
  );
  return getRun(store, tableId, runId);
}
