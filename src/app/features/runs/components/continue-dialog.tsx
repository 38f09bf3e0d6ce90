import { useEffect, useState } from 'react';
import type { Run } from '../../../../contract/runs.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useResumeRun } from '../api/resume-run.ts';
import { type BudgetDraft, budgetOf } from '../model/budget-draft.ts';
import { budgetText, leftText, suggestedBudget } from '../model/run-budget-text.ts';
import { BudgetField } from './budget-field.tsx';

interface ContinueDialogProps {
  tableId: string;
  /** The paused run to continue; null when the dialog is closed. */
  run: Run | null;
  onClose: () => void;
  onContinued: (run: Run) => void;
}

/**
 * Continues a run paused at its budget: says what is left and what it would cost, and offers a new
 * limit, enough for the rest (empty: no limit).
 */
export function ContinueDialog({ tableId, run, onClose, onContinued }: ContinueDialogProps) {
  const resume = useResumeRun();
  const [budget, setBudget] = useState<BudgetDraft>({ amount: '', unit: 'usd' });
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (run) setBudget(suggestedBudget(run));
    setError(undefined);
  }, [run]);

  const close = () => {
    resume.reset();
    onClose();
  };
  const confirm = () => {
    if (!run) return;
    const limit = budgetOf(budget);
    if ('error' in limit) {
      setError(limit.error);
      return;
    }
    resume.mutate(
      { tableId, runId: run.id, input: { budget: limit.budget ?? null } },
      { onSuccess: onContinued },
    );
  };
  return (
    <ConfirmDialog
      open={run !== null}
      title="Continue this run?"
      confirmLabel="Continue run"
      pending={resume.isPending}
      error={resume.error}
      onCancel={close}
      onConfirm={confirm}
    >
      {run?.left && (
        <p>
          It paused before passing its limit of {run.budget ? budgetText(run.budget) : 'none'}:{' '}
          {leftText(run.left)}.
        </p>
      )}
      <BudgetField
        label="New limit"
        value={budget}
        error={error}
        onChange={(next) => {
          setBudget(next);
          setError(undefined);
        }}
      />
    </ConfirmDialog>
  );
}
