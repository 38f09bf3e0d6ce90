import type { CellStatus } from '../../../../contract/rows.ts';

const STATUS: Record<CellStatus, { label: string; badge: string }> = {
  created: { label: 'Not run', badge: '' },
  requested: { label: 'Queued', badge: 'badge--update' },
  in_progress: { label: 'Running', badge: 'badge--update' },
  done: { label: 'Done', badge: 'badge--create' },
  failed: { label: 'Failed', badge: 'badge--delete' },
  waiting: { label: 'Waiting for input', badge: '' },
};

/** The cell's status as a badge, with its stale and locked (or verified) flags beside it. */
export function CellStatusBadges({
  status,
  stale,
  locked,
  verified,
}: {
  status: CellStatus;
  stale: boolean;
  locked: boolean;
  verified: boolean;
}) {
  return (
    <p className="cell-detail__badges">
      <span className={`badge ${STATUS[status].badge}`}>{STATUS[status].label}</span>
      {stale && <span className="badge badge--rollback">Stale</span>}
      {verified ? (
        <span className="badge badge--create">✓ Verified</span>
      ) : (
        locked && <span className="badge">Locked</span>
      )}
    </p>
  );
}
