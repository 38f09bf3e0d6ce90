import type { HistoryAction } from '../../../../contract/history.ts';

const LABELS: Record<HistoryAction, string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  rollback: 'Restored',
  ai: 'Filled by AI',
};

/** What happened to a row, as a small coloured badge. */
export function HistoryActionBadge({ action }: { action: HistoryAction }) {
  return <span className={`badge badge--${action}`}>{LABELS[action]}</span>;
}
