import type { RunMode } from '../../../contract/runs.ts';
import type { V1RunInput, V1RunOutput } from '../../../contract/v1/runs.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { getRun, startRun } from '../../services/engine/runs.ts';
import { newId } from '../../services/store/ids.ts';
import type { Store } from '../../services/store/store.ts';
import { v1Run } from './run-output.ts';

/**
 * Extruct's modes as ours: `new` takes cells without a value (failed ones have none, so
 * `stuck_failed_new` is the same run; stuck cells come back by themselves when their lease expires).
 */
const MODES: Record<V1RunInput['mode'], RunMode> = {
  new: 'missing',
  all: 'all',
  failed: 'failed',
  stuck_failed_new: 'missing',
};

/**
 * Starts a run the engine works through in the background. A table without AI columns has nothing to
 * run: the answer is a finished run of no cells rather than an error, so "add rows and run" scripts
 * work on a table of inputs too.
 */
export async function startV1Run(
  store: Store,
  providers: Providers,
  tableId: string,
  input: V1RunInput,
): Promise<V1RunOutput> {
  const table = await store.tables.get(tableId);
  if (!table.columns.some((column) => column.dataType === 'ai')) {
    const now = new Date().toISOString();
    return {
      id: newId(),
      created_at: now,
      status: 'done',
      rows: input.rows ?? null,
      columns: input.columns ?? null,
      num_requested_cells: 0,
      mode: input.mode,
    };
  }
  const started = await startRun(store, providers, tableId, {
    mode: MODES[input.mode],
    ...(input.rows && { rowIds: input.rows }),
    ...(input.columns && { columns: input.columns }),
  });
  return v1Run(await getRun(store, tableId, started.runId), input);
}
