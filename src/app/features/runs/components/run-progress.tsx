import { countText } from '../../../../contract/count-text.ts';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { useTableStatus } from '../../../api/live/get-table-status.ts';
import { usePanelStore } from '../../../store/panel-store.ts';
import { useCancelRun } from '../api/cancel-run.ts';
import { useRuns } from '../api/get-runs.ts';
import { runTotals } from './run-totals.ts';
import './runs.css';

const tokens = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)}k` : n.toLocaleString());

/**
 * The table's AI work at a glance, in the header: a progress bar with counts and tokens while cells
 * run, with Cancel; otherwise whether any failed. Opens the runs panel.
 */
export function RunProgress({ table }: { table: Table }) {
  const status = useTableStatus(table.id).data;
  const running = status?.run_status === 'running';
  const runs = useRuns(table.id, running);
  const cancel = useCancelRun();
  const openPanel = usePanelStore((state) => state.openPanel);
  const hasAi = table.columns.some((column) => column.dataType === 'ai');
  const openRuns = () => openPanel({ kind: 'runs', tableId: table.id });
  // Enrichments work on tables without AI columns too: their cells count here all the same.
  const anyCells =
    status !== undefined &&
    status.num_cells_in_progress + status.num_cells_completed + status.num_cells_failed > 0;
  if (!status || (!hasAi && !anyCells)) {
    return (
      <div className="run-status" data-testid="run-status" role="status">
        <span className="run-status__dot" aria-hidden="true" />
        No AI columns
      </div>
    );
  }
  const active = (runs.data ?? []).filter((run) => run.status === 'running');
  const totals = runTotals(active);
  if (!running) {
    return (
      <button
        type="button"
        className="run-status run-status--button"
        data-testid="run-status"
        onClick={openRuns}
      >
        <span
          className={`run-status__dot${status.num_cells_failed > 0 ? ' run-status__dot--failed' : ' run-status__dot--idle'}`}
          aria-hidden="true"
        />
        <span role="status">
          {status.num_cells_failed > 0
            ? `AI idle · ${countText(status.num_cells_failed, 'failed cell')}`
            : `AI idle · ${countText(status.num_cells_completed, 'cell')} filled`}
        </span>
      </button>
    );
  }
  const paused = (runs.data ?? []).find((run) => run.status === 'paused');
  if (active.length === 0 && paused) {
    // Its cells are still queued; the run waits for a person to continue it, in the Runs panel.
    return (
      <button
        type="button"
        className="run-status run-status--button"
        data-testid="run-status"
        onClick={openRuns}
      >
        <span className="run-status__dot run-status__dot--paused" aria-hidden="true" />
        <span role="status">
          Paused at its spending limit{paused.left ? ` · ${countText(paused.left.cells, 'cell')} left` : ''}
        </span>
      </button>
    );
  }
  const finished = totals.done + totals.failed + totals.cancelled;
  return (
    <div className="run-progress" data-testid="run-status">
      <button type="button" className="run-progress__summary" onClick={openRuns}>
        <span className="run-status__dot run-status__dot--running" aria-hidden="true" />
        <span role="status">
          {totals.queued > 0
            ? `${finished.toLocaleString()} of ${countText(totals.queued, 'cell')}`
            : `${countText(status.num_cells_in_progress, 'cell')} to go`}
          {totals.failed > 0 && ` · ${totals.failed.toLocaleString()} failed`}
          {totals.tokens > 0 && ` · ${tokens(totals.tokens)} tokens`}
        </span>
        <progress
          className="run-progress__bar"
          aria-label="AI run progress"
          max={Math.max(1, totals.queued)}
          value={totals.queued > 0 ? finished : undefined}
        />
      </button>
      {active.length > 0 && (
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={cancel.isPending}
          onClick={() => {
            for (const run of active) cancel.mutate({ tableId: table.id, runId: run.id });
          }}
        >
          Cancel
        </button>
      )}
      {cancel.isError && (
        <span className="field-error" role="alert">
          {errorText(cancel.error)}
        </span>
      )}
    </div>
  );
}
