import { useEffect, useRef } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { countText } from '../../../../contract/count-text.ts';
import type { EnrichRun } from '../../../../contract/enrich.ts';
import { errorText } from '../../../api/api-client.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { compactCount, STRATEGY_LABELS } from '../../../lib/plan-text.ts';
import { revealInPanel } from '../../../lib/reveal-in-panel.ts';
import { STATUS_BADGES, STATUS_LABELS } from '../../../lib/run-format.ts';
import { fullTime, timeAgo } from '../../../lib/time-ago.ts';
import { useCancelRun } from '../../runs/api/cancel-run.ts';
import { useEnrichRuns } from '../api/get-enrich-runs.ts';
import '../../../components/run-card.css';

/** One enrichment: status, target, progress while it runs, rows filled and failed, tokens; Cancel. */
export function EnrichRunItem({
  tableId,
  run,
  columns,
}: {
  tableId: string;
  run: EnrichRun;
  columns: Column[];
}) {
  const cancel = useCancelRun();
  const label = columns.find((column) => column.name === run.targetColumn)?.displayName ?? run.targetColumn;
  const settled = run.rowsCompleted + run.rowsFailed + run.rowsCancelled;
  const titleId = `enrich-${run.workflowId}`;
  return (
    <li className="run" aria-labelledby={titleId}>
      <div className="run__head">
        <span className={`badge ${STATUS_BADGES[run.status]}`}>{STATUS_LABELS[run.status]}</span>
        <h4 id={titleId} className="run__columns">
          {run.name ?? label}
        </h4>
        <time className="run__when" dateTime={run.createdAt} title={fullTime(run.createdAt)}>
          {timeAgo(run.createdAt)}
        </time>
      </div>
      <p className="run__counts">
        {run.rowsCompleted.toLocaleString()} filled · {run.rowsFailed.toLocaleString()} failed
        {run.rowsCancelled > 0 && ` · ${run.rowsCancelled.toLocaleString()} left to people`} of{' '}
        {countText(run.rowsQueued, 'row')}
      </p>
      {run.status === 'running' && (
        <progress
          className="run__progress"
          aria-label={`Progress of ${run.name ?? label}`}
          max={Math.max(1, run.rowsQueued)}
          value={settled}
        />
      )}
      <p className="run__note">
        {label}
        {run.strategy && ` · ${STRATEGY_LABELS[run.strategy]}`} · {compactCount(run.tokensIn)} tokens in /{' '}
        {compactCount(run.tokensOut)} out
      </p>
      {run.status === 'running' && (
        <div className="run__actions">
          <button
            type="button"
            className="button button--small"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ tableId, runId: run.workflowId })}
          >
            Cancel
          </button>
        </div>
      )}
      {cancel.error && (
        <p className="field-error" role="alert">
          {errorText(cancel.error)}
        </p>
      )}
    </li>
  );
}

/** The table's latest enrichments, following the running ones. */
export function EnrichHistory({ tableId, columns }: { tableId: string; columns: Column[] }) {
  const runs = useEnrichRuns(tableId);
  if (runs.isPending) return <Loading label="Loading enrichments…" />;
  if (runs.isError) return <ErrorMessage error={runs.error} />;
  if (runs.data.length === 0) return <p className="field-hint">No enrichment has run on this table yet.</p>;
  return (
    <ul className="runs-list" aria-label="Recent enrichments">
      {runs.data.map((run) => (
        <EnrichRunItem key={run.workflowId} tableId={tableId} run={run} columns={columns} />
      ))}
    </ul>
  );
}

/** The enrichment just started, followed where it was started from. */
export function StartedEnrichment({
  tableId,
  workflowId,
  columns,
}: {
  tableId: string;
  workflowId: string;
  columns: Column[];
}) {
  const run = useEnrichRuns(tableId).data?.find((candidate) => candidate.workflowId === workflowId);
  const list = useRef<HTMLUListElement>(null);
  const shown = run !== undefined;
  // Once it is listed, the person sees it move without scrolling to it.
  useEffect(() => {
    if (shown) revealInPanel(list.current);
  }, [shown]);
  if (!run) return null;
  return (
    <ul ref={list} className="runs-list" aria-label="This enrichment">
      <EnrichRunItem tableId={tableId} run={run} columns={columns} />
    </ul>
  );
}
