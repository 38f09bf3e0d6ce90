import type { Run, RunMode, RunStatus } from '../../contract/runs.ts';

export const STATUS_LABELS: Record<RunStatus, string> = {
  running: 'Running',
  paused: 'Paused at its budget',
  completed: 'Completed',
  cancelled: 'Cancelled',
  rolled_back: 'Rolled back',
};

/** Badge colours shared with History: rolled back reads as History's "Restored". */
export const STATUS_BADGES: Record<RunStatus, string> = {
  running: 'badge--update',
  paused: 'badge--paused',
  completed: 'badge--create',
  cancelled: '',
  rolled_back: 'badge--rollback',
};

export const MODE_LABELS: Record<RunMode, string> = {
  missing: 'Missing cells',
  failed: 'Failed cells',
  stale: 'Stale cells',
  all: 'All cells',
};

const ORIGIN_LABELS: Record<string, string> = {
  app: 'This app',
  api: 'The API',
  trigger: 'A trigger',
  enrich: 'An enrichment',
  mcp: 'An agent (MCP)',
  auto: 'An automatic run',
};

/** Who or what started a run, in words: "A trigger (Follow up)", "This app". */
export function originText(run: Pick<Run, 'origin' | 'createdBy'>): string {
  const label = ORIGIN_LABELS[run.origin] ?? run.origin;
  const by = run.createdBy?.replace(/^trigger:/, '');
  return by ? `${label} (${by})` : label;
}

/** "850 ms", "12.3 s", "4 min 5 s", "2 h 3 min": as precise as a person reads a duration. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.floor(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The cells a run has settled: done, failed or cancelled, out of those it queued. */
export const settledCells = (run: Run) => run.cellsDone + run.cellsFailed + run.cellsCancelled;
