import { useEffect, useRef, useState } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import type { Run } from '../../../../contract/runs.ts';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useCancelRun } from '../api/cancel-run.ts';
import { useRuns } from '../api/get-runs.ts';
import { useRollbackRun } from '../api/rollback-run.ts';
import '../../../components/run-card.css';
import './runs.css';
import { budgetText } from '../model/run-budget-text.ts';
import { ContinueDialog } from './continue-dialog.tsx';
import { RunItem } from './run-item.tsx';

type Notice = { tone: 'success' | 'error'; text: string };

/** The Runs panel: the table's AI runs, newest first, live while one is going, with cancel and rollback. */
export function RunsPanel({ table }: { table: Table }) {
  const runs = useRuns(table.id);
  const cancel = useCancelRun();
  const rollback = useRollbackRun();
  const [confirming, setConfirming] = useState<Run | null>(null);
  const [continuing, setContinuing] = useState<Run | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusNotice, setFocusNotice] = useState(false);
  // The button that was pressed goes away with the run's new status; the outcome takes focus instead.
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const show = (next: Notice) => {
    setNotice(next);
    setFocusNotice(true);
  };
  // After the commit, and after the confirmation's own close (a child's effect, run first) has put
  // focus back on a Roll back button that is about to go.
  useEffect(() => {
    if (!focusNotice) return;
    noticeRef.current?.focus();
    setFocusNotice(false);
  }, [focusNotice]);

  const cancelRun = (run: Run) => {
    setNotice(null);
    cancel.mutate(
      { tableId: table.id, runId: run.id },
      {
        onSuccess: (done) =>
          show({ tone: 'success', text: `Cancelled: ${countText(done.cellsCancelled, 'cell')} withdrawn.` }),
        onError: (error) => show({ tone: 'error', text: errorText(error) }),
      },
    );
  };

  const closeConfirm = () => {
    rollback.reset();
    setConfirming(null);
  };
  const rollBack = (run: Run) =>
    rollback.mutate(
      { tableId: table.id, runId: run.id },
      {
        onSuccess: (result) => {
          closeConfirm();
          show({
            tone: 'success',
            text:
              result.cellsSkipped > 0
                ? `Restored ${countText(result.cellsRestored, 'cell')}. ${countText(result.cellsSkipped, 'cell')} changed since, by a person or a later run, kept their newer value: roll back that later run first to go further back.`
                : `Restored ${countText(result.cellsRestored, 'cell')}.`,
          });
        },
      },
    );

  if (runs.isPending) return <Loading label="Loading runs…" />;
  if (runs.isError) return <ErrorMessage error={runs.error} />;
  return (
    <div className="runs-panel">
      <div className="runs-panel__live" aria-live="polite">
        {notice && (
          <p
            ref={noticeRef}
            tabIndex={-1}
            className={`notice notice--${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
          >
            {notice.text}
          </p>
        )}
      </div>
      {runs.data.length === 0 ? (
        <EmptyState title="No runs yet">
          Each time AI columns fill their cells, the run shows here.
        </EmptyState>
      ) : (
        <>
          <p className="panel-hint">Newest first. A rollback puts back the values a run replaced.</p>
          <ol className="runs-list" aria-label="Runs">
            {runs.data.map((run) => (
              <RunItem
                key={run.id}
                run={run}
                columns={table.columns}
                busy={cancel.isPending || rollback.isPending}
                onCancel={() => cancelRun(run)}
                onRollback={() => setConfirming(run)}
                onContinue={() => setContinuing(run)}
              />
            ))}
          </ol>
        </>
      )}
      <ContinueDialog
        tableId={table.id}
        run={continuing}
        onClose={() => setContinuing(null)}
        onContinued={(run) => {
          setContinuing(null);
          show({
            tone: 'success',
            text: run.budget
              ? `Continued, with a limit of ${budgetText(run.budget)}.`
              : 'Continued, with no limit.',
          });
        }}
      />
      <ConfirmDialog
        open={confirming !== null}
        title="Roll back this run?"
        confirmLabel="Roll back"
        pending={rollback.isPending}
        error={rollback.error}
        onCancel={closeConfirm}
        onConfirm={() => confirming && rollBack(confirming)}
      >
        Every cell this run filled gets back the value it had before the run. Cells changed since, by a person
        or by a later run, keep their newer value: roll back the later run first to go further back. Cells a
        cancelled later run never reached are still this run's and are restored. The run stays in this list,
        marked rolled back.
      </ConfirmDialog>
    </div>
  );
}
