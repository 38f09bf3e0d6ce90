import type { Column } from '../../../../contract/columns.ts';
import type { Run } from '../../../../contract/runs.ts';
import { RestoreIcon } from '../../../components/icons.tsx';
import { formatCost } from '../../../lib/plan-text.ts';
import {
  formatDuration,
  MODE_LABELS,
  originText,
  STATUS_BADGES,
  STATUS_LABELS,
  settledCells,
} from '../../../lib/run-format.ts';
import { fullTime, timeAgo } from '../../../lib/time-ago.ts';
import { budgetText, leftText, savedText } from '../model/run-budget-text.ts';

interface RunItemProps {
  run: Run;
  columns: Column[];
  /** A cancel or rollback of any run is on its way: one at a time. */
  busy: boolean;
  onCancel: () => void;
  onRollback: () => void;
  /** Opens the dialog that continues a paused run. */
  onContinue: () => void;
}

/** One run: status, columns, counts, tokens, duration, and Cancel or Roll back. */
export function RunItem({ run, columns, busy, onCancel, onRollback, onContinue }: RunItemProps) {
  // Runs name columns by their key; a column renamed since shows its new name, a deleted one its key.
  const names = run.columns.map(
    (name) => columns.find((column) => column.name === name)?.displayName ?? name,
  );
  const titleId = `run-${run.id}`;
  const running = run.status === 'running';
  const paused = run.status === 'paused';
  return (
    <li className="run" aria-labelledby={titleId}>
      <div className="run__head">
        <span className={`badge ${STATUS_BADGES[run.status]}`}>{STATUS_LABELS[run.status]}</span>
        <h3 id={titleId} className="run__columns">
          {names.join(', ') || 'No columns'}
        </h3>
        <time className="run__when" dateTime={run.createdAt} title={fullTime(run.createdAt)}>
          {timeAgo(run.createdAt)}
        </time>
      </div>
      <p className="run__counts">
        {run.cellsDone.toLocaleString()} done · {run.cellsFailed.toLocaleString()} failed ·{' '}
        {run.cellsCancelled.toLocaleString()} cancelled of {run.cellsQueued.toLocaleString()} queued
      </p>
      {paused && run.left && (
        <p className="run__paused">
          Paused before passing its limit of {run.budget ? budgetText(run.budget) : 'none'}:{' '}
          {leftText(run.left)}.
        </p>
      )}
      {(running || paused) && (
        <progress
          className="run__progress"
          aria-label={`Progress of ${names.join(', ')}`}
          max={Math.max(1, run.cellsQueued)}
          value={settledCells(run)}
        />
      )}
      <dl className="run__meta">
        <div>
          <dt>Mode</dt>
          <dd>{MODE_LABELS[run.mode]}</dd>
        </div>
        <div>
          <dt>Started by</dt>
          <dd>{originText(run)}</dd>
        </div>
        <div>
          <dt>Tokens</dt>
          <dd>
            {run.tokensIn.toLocaleString()} in / {run.tokensOut.toLocaleString()} out
          </dd>
        </div>
        {run.spentUsd > 0 && (
          <div>
            <dt>Cost</dt>
            <dd>{formatCost(run.spentUsd)}</dd>
          </div>
        )}
        {run.budget && (
          <div>
            <dt>Limit</dt>
            <dd>{budgetText(run.budget)}</dd>
          </div>
        )}
        {run.cellsReused > 0 && (
          <div>
            <dt>Answer cache</dt>
            <dd>{savedText(run)}</dd>
          </div>
        )}
        {run.durationMs !== null && (
          <div>
            <dt>{running ? 'Running for' : 'Took'}</dt>
            <dd>{formatDuration(run.durationMs)}</dd>
          </div>
        )}
      </dl>
      <div className="run__actions">
        {paused ? (
          <>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy}
              onClick={onContinue}
            >
              Continue…
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={onCancel}>
              Cancel run
            </button>
          </>
        ) : running ? (
          <button type="button" className="button button--small" disabled={busy} onClick={onCancel}>
            Cancel run
          </button>
        ) : run.status === 'rolled_back' ? (
          run.rolledBackAt && (
            <span className="run__note">
              Rolled back{' '}
              <time dateTime={run.rolledBackAt} title={fullTime(run.rolledBackAt)}>
                {timeAgo(run.rolledBackAt)}
              </time>
            </span>
          )
        ) : (
          <button type="button" className="button button--small" disabled={busy} onClick={onRollback}>
            <RestoreIcon />
            Roll back
          </button>
        )}
      </div>
    </li>
  );
}
