import type { Run } from '../../../contract/runs.ts';
import type { V1RunInput, V1RunOutput } from '../../../contract/v1/runs.ts';

/** Our run's status in Extruct's words: a cancelled or rolled-back run did not finish its work. */
const STATUS: Record<Run['status'], V1RunOutput['status']> = {
  running: 'in_progress',
  // Paused at its budget: started, not finished, resumed on confirmation.
  paused: 'in_progress',
  completed: 'done',
  cancelled: 'failed',
  rolled_back: 'failed',
};

/** The answer to POST /run: the run, with the scope it was given. */
export function v1Run(run: Run, input: V1RunInput): V1RunOutput {
  return {
    id: run.id,
    created_at: run.createdAt,
    status: STATUS[run.status],
    rows: input.rows ?? null,
    columns: input.columns ?? null,
    num_requested_cells: run.cellsQueued,
    mode: input.mode,
  };
}
