import { useEffect, useState } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import type { RunEstimate } from '../../../../contract/runs.ts';
import { errorText } from '../../../api/api-client.ts';
import { useStartRun } from '../../../api/runs/start-run.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { estimateText } from '../../../lib/plan-text.ts';
import { needsConfirmation, useRerunStore } from '../../../store/rerun-store.ts';
import { estimateRun } from '../api/estimate-run.ts';
import { type BudgetDraft, budgetOf, NO_BUDGET } from '../model/budget-draft.ts';
import { BudgetField } from './budget-field.tsx';

/**
 * The rerun asked for (from the run menu or a column's menu): estimated first; started at once when
 * small, otherwise shown with its calls, tokens and cost (answers the cache has cost nothing) for a
 * person to confirm, with a spending limit they may set. "Run with a spending limit…" always asks.
 */
export function RerunConfirm() {
  const request = useRerunStore((state) => state.request);
  const close = useRerunStore((state) => state.close);
  const startRun = useStartRun();
  const { mutate: start, reset } = startRun;
  const [estimate, setEstimate] = useState<RunEstimate | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [budget, setBudget] = useState<BudgetDraft>(NO_BUDGET);
  const [budgetError, setBudgetError] = useState<string>();

  useEffect(() => {
    if (!request) return;
    let current = true;
    setEstimate(null);
    setFailure(null);
    setBudget(NO_BUDGET);
    setBudgetError(undefined);
    reset();
    estimateRun(request)
      .then((found) => {
        if (!current) return;
        if (request.askBudget || needsConfirmation(found)) setEstimate(found);
        else start(request, { onSettled: close });
      })
      .catch((error: unknown) => current && setFailure(error));
    return () => {
      current = false;
    };
  }, [request, start, reset, close]);

  const confirm = () => {
    if (!request) return;
    const limit = budgetOf(budget);
    if ('error' in limit) {
      setBudgetError(limit.error);
      return;
    }
    const input = limit.budget ? { ...request.input, budget: limit.budget } : request.input;
    start({ ...request, input }, { onSuccess: cancel });
  };
  const cancel = () => {
    setEstimate(null);
    setFailure(null);
    close();
  };
  return (
    <ConfirmDialog
      open={request !== null && (estimate !== null || failure !== null)}
      title={request?.title ?? ''}
      confirmLabel={
        request?.askBudget
          ? 'Start run'
          : estimate
            ? `Rerun ${countText(estimate.calls + estimate.answersReused, 'cell')}`
            : 'Rerun'
      }
      pending={startRun.isPending}
      error={failure ?? startRun.error}
      onCancel={cancel}
      onConfirm={confirm}
    >
      {estimate ? (
        <>
          <p>
            {estimateText(estimate).replace(/\.$/, '')}.{' '}
            {request?.askBudget
              ? 'Cells edited by people are kept.'
              : 'Each of these cells gets a new answer in place of the one it has; cells edited by people are kept. The Runs panel can roll the rerun back.'}
          </p>
          {estimate.answersReused > 0 && (
            <p>
              {countText(estimate.answersReused, 'cell')} will be answered from the answer cache (the same
              request was answered before), at no cost. Turn the column's answer cache off for new answers.
            </p>
          )}
          {estimate.cellsWaiting > 0 && (
            <p>
              {countText(estimate.cellsWaiting, 'cell')} with nothing to read will wait for input, at no cost.
            </p>
          )}
          <BudgetField
            label="Spending limit (optional)"
            value={budget}
            error={budgetError}
            onChange={(next) => {
              setBudget(next);
              setBudgetError(undefined);
            }}
          />
        </>
      ) : (
        <p>Could not estimate this rerun: {errorText(failure)}</p>
      )}
    </ConfirmDialog>
  );
}
