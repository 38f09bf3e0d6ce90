import type { CellDetail } from '../../../../contract/cells.ts';
import { useUnverifyCell, useVerifyCell } from '../../verified/api/verify-cell.ts';

interface VerifyButtonProps {
  tableId: string;
  rowId: string;
  column: string;
  cell: CellDetail;
  onDone: (notice: string) => void;
  onError: (error: unknown) => void;
}

/**
 * Confirm the answer (a verified cell: runs keep it, the column learns from it and is evaluated against
 * it), or take the confirmation back. A cell without an answer has nothing to confirm: typing the right
 * answer in the grid verifies it.
 */
export function VerifyButton({ tableId, rowId, column, cell, onDone, onError }: VerifyButtonProps) {
  const verify = useVerifyCell();
  const unverify = useUnverifyCell();
  const variables = { tableId, rowId, column };
  const pending = verify.isPending || unverify.isPending;
  const verified = cell.verified !== null;
  if (!verified && (cell.status !== 'done' || cell.value === null || cell.value === '')) return null;
  return (
    <button
      type="button"
      className={`button button--small${verified ? '' : ' button--primary'}`}
      // Not disabled while pending: a disabled button drops focus, and this one keeps it.
      aria-disabled={pending}
      onClick={() =>
        pending
          ? undefined
          : verified
            ? unverify.mutate(variables, {
                onSuccess: () => onDone('Unconfirmed: runs may replace this value again.'),
                onError,
              })
            : verify.mutate(variables, {
                onSuccess: () => onDone('Confirmed: runs keep this answer and the column learns from it.'),
                onError,
              })
      }
    >
      {verified ? 'Unconfirm' : 'Confirm answer'}
    </button>
  );
}
