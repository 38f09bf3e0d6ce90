import type { Column } from '../../../../contract/columns.ts';
import type { Run } from '../../../../contract/runs.ts';
import { RestoreIcon } from '../../../components/icons.tsx';
import { fullTime, timeAgo } from '../../../lib/time-ago.ts';
import {
  formatDuration,
  MODE_LABELS,
  originText,
  STATUS_BADGES,
  STATUS_LABELS,
  settledCells,
} from './run-format.ts';

interface RunItemProps {
  run: Run;
  columns: Column[];
  /** A cancel or rollback of any run is on its way: one at a time. */
  busy: boolean;
  onCancel: () => void;
  onRollback: () => void;
}

/** One run: status, columns, counts, tokens, duration, and Cancel or Roll back. */
export function RunItem({ run, columns, busy, onCancel, onRollback }: RunItemProps) {
  // Runs name columns by their key; a column renamed since shows its new name, a deleted one its key.
  const names = run.columns.map(
    (name) => columns.find((column) => column.name === name)?.displayName ?? name,
  );
  const titleId = `run-${run.id}`;
  const running = run.status === 'running';
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
      {running && (
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
        {run.durationMs !== null && (
          <div>
            <dt>{running ? 'Running for' : 'Took'}</dt>
            <dd>{formatDuration(run.durationMs)}</dd>
          </div>
        )}
      </dl>
      <div className="run__actions">
        {running ? (
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
