import type { Run } from '../../../../contract/runs.ts';

export interface RunTotals {
  queued: number;
  done: number;
  failed: number;
  cancelled: number;
  tokens: number;
}

/** The counts of several runs added up: what the progress bar shows while they go. */
export function runTotals(runs: readonly Run[]): RunTotals {
  return runs.reduce<RunTotals>(
    (sum, run) => ({
      queued: sum.queued + run.cellsQueued,
      done: sum.done + run.cellsDone,
      failed: sum.failed + run.cellsFailed,
      cancelled: sum.cancelled + run.cellsCancelled,
      tokens: sum.tokens + run.tokensIn + run.tokensOut,
    }),
    { queued: 0, done: 0, failed: 0, cancelled: 0, tokens: 0 },
  );
}
