import { useEffect, useState } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import type { RunEstimate } from '../../../../contract/runs.ts';
import { errorText } from '../../../api/api-client.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { estimateText } from '../../enrich/model/plan-text.ts';
import { estimateRun } from '../api/estimate-run.ts';
import { useStartRun } from '../api/start-run.ts';
import { needsConfirmation, useRerunStore } from '../model/rerun-store.ts';

/**
 * The rerun asked for (from the run menu or a column's menu): estimated first; started at once when
 * small, otherwise shown with its calls, tokens and cost for a person to confirm.
 */
export function RerunConfirm() {
  const request = useRerunStore((state) => state.request);
  const close = useRerunStore((state) => state.close);
  const startRun = useStartRun();
  const { mutate: start, reset } = startRun;
  const [estimate, setEstimate] = useState<RunEstimate | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!request) return;
    let current = true;
    setEstimate(null);
    setFailure(null);
    reset();
    estimateRun(request)
      .then((found) => {
        if (!current) return;
        if (needsConfirmation(found)) setEstimate(found);
        else start(request, { onSettled: close });
      })
      .catch((error: unknown) => current && setFailure(error));
    return () => {
      current = false;
    };
  }, [request, start, reset, close]);

  const cancel = () => {
    setEstimate(null);
    setFailure(null);
    close();
  };
  return (
    <ConfirmDialog
      open={request !== null && (estimate !== null || failure !== null)}
      title={request?.title ?? ''}
      confirmLabel={estimate ? `Rerun ${countText(estimate.calls, 'cell')}` : 'Rerun'}
      pending={startRun.isPending}
      error={failure ?? startRun.error}
      onCancel={cancel}
      onConfirm={() => request && start(request, { onSuccess: cancel })}
    >
      {estimate ? (
        <>
          <p>
            {estimateText(estimate)}. Each of these cells gets a new answer in place of the one it has; cells
            edited by people are kept. The Runs panel can roll the rerun back.
          </p>
          {estimate.cellsWaiting > 0 && (
            <p>
              {countText(estimate.cellsWaiting, 'cell')} with nothing to read will wait for input, at no cost.
            </p>
          )}
        </>
      ) : (
        <p>Could not estimate this rerun: {errorText(failure)}</p>
      )}
    </ConfirmDialog>
  );
}
