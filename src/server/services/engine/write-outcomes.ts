import { type SQL, sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { writeCellValues } from './cell-values.ts';
import type { Outcome } from './outcome.ts';
import { BACK_TO_PREVIOUS } from './queue-cells.ts';

type Kind = Outcome['kind'];
const ofKind = <K extends Kind>(outcomes: Outcome[], kind: K) =>
  outcomes.filter((outcome): outcome is Extract<Outcome, { kind: K }> => outcome.kind === kind);

/** The cells an update may touch: still running this attempt under this owner (fencing). */
const FENCE = sql`c.row_id = x.row_id AND c.column_id = x.column_id AND c.status = 'in_progress'
  AND c.attempts = x.attempts`;

/** Outcomes as one JSON parameter: the cell's key and attempt, and the fields given. */
const payload = (outcomes: Outcome[], fields: (outcome: Outcome) => Record<string, unknown>) =>
  JSON.stringify(
    outcomes.map((outcome) => ({
      row_id: outcome.cell.rowId,
      column_id: outcome.cell.columnId,
      attempts: outcome.cell.attempts,
      ...fields(outcome),
    })),
  );

const callFields = (outcome: Outcome) => ({
  prompt: outcome.prompt ?? null,
  raw: outcome.raw ?? null,
  called_provider: outcome.calledProvider ?? null,
  model: outcome.model ?? null,
  latency_ms: outcome.latencyMs ?? null,
  steps: outcome.steps ?? null,
  examples: outcome.examples ?? null,
});
const CALL_COLUMNS =
  'prompt text, raw text, called_provider text, model text, latency_ms integer, steps jsonb, examples jsonb';

interface Accepted {
  row_id: string;
  column_id: string;
  run_id: string | null;
}

/**
 * Writes a batch of outcomes for one table in one transaction, with one version for all of them: the
 * table lock is taken once per batch, not once per cell. An outcome is written only while its cell is
 * still at the attempt that produced it under this owner (a cancelled run, a person's edit or a lost
 * lease makes it moot). Answers go into the rows (new row versions, history entries marked `ai`, and
 * the row hooks, so AI columns reading them go stale); run counters move; finished runs close.
 */
export async function writeOutcomes(
  store: Store,
  table: TableMeta,
  owner: string,
  outcomes: Outcome[],
): Promise<void> {
  await store.db.transaction(async (tx) => {
    const version = await advanceTableVersion(store, tx, table.id);
    const fence = sql`${FENCE} AND c.lease_owner = ${owner}`;
    const done = ofKind(outcomes, 'done');
    const accepted =
      done.length === 0
        ? []
        : await queryRows<Accepted>(
            tx,
            sql`UPDATE ai_cells c SET status = 'done', error = NULL, note = x.note, prompt = x.prompt, raw = x.raw,
            called_provider = x.called_provider, model = x.model, latency_ms = x.latency_ms, steps = x.steps, examples = x.examples, tokens_in = x.tokens_in,
            tokens_out = x.tokens_out, input_hash = x.input_hash, lease_owner = NULL, lease_until = NULL,
            finished_at = now(), updated_at = now(), seq = ${version}
          FROM jsonb_to_recordset(${payload(done, (o) => ({ ...callFields(o), note: o.kind === 'done' ? o.note : null, tokens_in: o.kind === 'done' ? o.tokensIn : null, tokens_out: o.kind === 'done' ? o.tokensOut : null, input_hash: o.kind === 'done' ? o.inputHash : null }))}::jsonb)
            AS x(row_id uuid, column_id uuid, attempts integer, ${sql.raw(CALL_COLUMNS)}, note text, tokens_in integer, tokens_out integer, input_hash text)
          WHERE ${fence} AND NOT c.locked
          RETURNING c.row_id, c.column_id, c.run_id`,
          );
    await requeueStaleAutoRuns(tx, table, accepted, version);
    const keep = new Set(accepted.map((cell) => `${cell.row_id}:${cell.column_id}`));
    const answers = done.filter((o) => keep.has(`${o.cell.rowId}:${o.cell.columnId}`));
    await writeCellValues(store, tx, table, version, {
      values: answers.map((o) => ({ rowId: o.cell.rowId, columnId: o.cell.columnId, value: o.value })),
      action: 'ai',
      changedBy: 'ai',
      source: 'ai',
    });
    const failed = ofKind(outcomes, 'failed');
    const failedRuns =
      failed.length === 0
        ? []
        : await queryRows<Accepted>(
            tx,
            sql`UPDATE ai_cells c SET status = 'failed', error = x.error, prompt = x.prompt, raw = x.raw,
            called_provider = x.called_provider, model = x.model, latency_ms = x.latency_ms, steps = x.steps, examples = x.examples, lease_owner = NULL,
            lease_until = NULL, finished_at = now(), updated_at = now(), seq = ${version}
          FROM jsonb_to_recordset(${payload(failed, (o) => ({ ...callFields(o), error: o.kind === 'failed' ? o.error : null }))}::jsonb)
            AS x(row_id uuid, column_id uuid, attempts integer, ${sql.raw(CALL_COLUMNS)}, error text)
          WHERE ${fence}
          RETURNING c.row_id, c.column_id, c.run_id`,
          );
    const retry = ofKind(outcomes, 'retry');
    if (retry.length > 0) {
      await tx.execute(sql`UPDATE ai_cells c SET status = 'requested', error = x.error, prompt = x.prompt, raw = x.raw,
            called_provider = x.called_provider, model = x.model, latency_ms = x.latency_ms, steps = x.steps, examples = x.examples, lease_owner = NULL,
            lease_until = NULL, available_at = now() + x.delay_ms * interval '1 millisecond', updated_at = now(), seq = ${version}
          FROM jsonb_to_recordset(${payload(retry, (o) => ({ ...callFields(o), error: o.kind === 'retry' ? o.error : null, delay_ms: o.kind === 'retry' ? o.delayMs : 0 }))}::jsonb)
            AS x(row_id uuid, column_id uuid, attempts integer, ${sql.raw(CALL_COLUMNS)}, error text, delay_ms integer)
          WHERE ${fence}`);
    }
    const released = ofKind(outcomes, 'released');
    if (released.length > 0) {
      await tx.execute(sql`UPDATE ai_cells c SET status = 'requested', attempts = c.attempts - 1, lease_owner = NULL,
            lease_until = NULL, updated_at = now(), seq = ${version}
          FROM jsonb_to_recordset(${payload(released, () => ({}))}::jsonb) AS x(row_id uuid, column_id uuid, attempts integer)
          WHERE ${fence}`);
    }
    const waiting = ofKind(outcomes, 'waiting');
    const waited =
      waiting.length === 0
        ? []
        : await queryRows<Accepted>(
            tx,
            sql`UPDATE ai_cells c SET status = 'waiting', ${BACK_TO_PREVIOUS}, attempts = 0, error = NULL,
            lease_owner = NULL, lease_until = NULL, updated_at = now(), seq = ${version}
          FROM jsonb_to_recordset(${payload(waiting, (o) => ({ run_id: o.cell.runId }))}::jsonb)
            AS x(row_id uuid, column_id uuid, attempts integer, run_id uuid)
          WHERE ${fence}
          RETURNING c.row_id, c.column_id, x.run_id`,
          );
    await countRuns(tx, accepted, failedRuns, done, waited);
  });
}

/**
 * Auto-run cells whose inputs changed while their call ran: the answer is kept, and they are queued
 * again for an answer to the new inputs.
 */
async function requeueStaleAutoRuns(tx: Executor, table: TableMeta, accepted: Accepted[], version: number) {
  const auto = new Set(
    table.columns
      .filter(isAiColumn)
      .filter((column) => column.config.autoRun)
      .map((column) => column.id),
  );
  const cells = accepted.filter((cell) => auto.has(cell.column_id));
  if (cells.length === 0) return;
  await tx.execute(sql`UPDATE ai_cells c SET status = 'requested', stale = false, attempts = 0, run_id = NULL,
        available_at = now(), updated_at = now(), seq = ${version}
      FROM jsonb_to_recordset(${JSON.stringify(cells)}::jsonb) AS x(row_id uuid, column_id uuid)
      WHERE c.row_id = x.row_id AND c.column_id = x.column_id AND c.stale AND c.status = 'done'`);
}

/** What a batch adds to one run's counters. */
interface RunCounts {
  done: number;
  failed: number;
  waiting: number;
  tokensIn: number;
  tokensOut: number;
  spentUsd: number;
  reused: number;
  savedIn: number;
  savedOut: number;
  savedUsd: number;
}
const noCounts = (): RunCounts => ({
  done: 0,
  failed: 0,
  waiting: 0,
  tokensIn: 0,
  tokensOut: 0,
  spentUsd: 0,
  reused: 0,
  savedIn: 0,
  savedOut: 0,
  savedUsd: 0,
});

/** Adds the batch's results to its runs' counters and closes the runs that have nothing left. */
async function countRuns(
  tx: Executor,
  accepted: Accepted[],
  failed: Accepted[],
  done: Extract<Outcome, { kind: 'done' }>[],
  waited: Accepted[],
) {
  const tokens = new Map(done.map((outcome) => [`${outcome.cell.rowId}:${outcome.cell.columnId}`, outcome]));
  const runs = new Map<string, RunCounts>();
  const entry = (runId: string) => runs.get(runId) ?? runs.set(runId, noCounts()).get(runId)!;
  for (const cell of accepted) {
    if (!cell.run_id) continue;
    const counts = entry(cell.run_id);
    const outcome = tokens.get(`${cell.row_id}:${cell.column_id}`);
    counts.done++;
    counts.tokensIn += outcome?.tokensIn ?? 0;
    counts.tokensOut += outcome?.tokensOut ?? 0;
    counts.spentUsd += outcome?.costUsd ?? 0;
    if (outcome?.reused) {
      counts.reused++;
      counts.savedIn += outcome.reused.tokensIn;
      counts.savedOut += outcome.reused.tokensOut;
      counts.savedUsd += outcome.reused.costUsd ?? 0;
    }
  }
  for (const cell of failed) if (cell.run_id) entry(cell.run_id).failed++;
  // A cell that waits for input leaves its run: the run no longer counts on it.
  for (const cell of waited) if (cell.run_id) entry(cell.run_id).waiting++;
  const updates: SQL[] = [...runs].map(
    ([
      runId,
      counts,
    ]) => sql`UPDATE ai_runs SET cells_done = cells_done + ${counts.done}, cells_failed = cells_failed + ${counts.failed},
      cells_queued = cells_queued - ${counts.waiting},
      tokens_in = tokens_in + ${counts.tokensIn}, tokens_out = tokens_out + ${counts.tokensOut},
      spent_usd = spent_usd + ${counts.spentUsd}, cells_reused = cells_reused + ${counts.reused},
      saved_tokens_in = saved_tokens_in + ${counts.savedIn}, saved_tokens_out = saved_tokens_out + ${counts.savedOut},
      saved_usd = saved_usd + ${counts.savedUsd} WHERE id = ${runId}`,
  );
  for (const update of updates) await tx.execute(update);
  if (runs.size > 0) await tx.execute(finishRunsStatement([...runs.keys()]));
}

/** Closes the runs among these that have no cell left to do. */
export const finishRunsStatement = (runIds: string[]): SQL =>
  sql`UPDATE ai_runs SET status = 'completed', finished_at = now()
      WHERE id = ANY(${`{${runIds.join(',')}}`}::uuid[]) AND status = 'running'
        AND cells_done + cells_failed + cells_cancelled >= cells_queued`;
