import type { Column } from '../../../../contract/columns.ts';
import type { HistoryEntry } from '../../../../contract/history.ts';
import { rowLabel } from '../../../lib/row-label.ts';
import { EntryMeta } from './entry-meta.tsx';
import { HistoryActionBadge } from './history-action.tsx';

interface HistoryListItemProps {
  entry: HistoryEntry;
  columns: Column[];
  /** Display names of the columns this change touched; null when that cannot be told. */
  changed: string[] | null;
  onSelect: () => void;
}

/** One change in the table history: what happened, to which row, which columns, when, by whom. */
export function HistoryListItem({ entry, columns, changed, onSelect }: HistoryListItemProps) {
  const summary =
    entry.action === 'delete'
      ? 'Row deleted'
      : changed === null
        ? `Version ${entry.version}`
        : changed.length === 0
          ? entry.action === 'create'
            ? 'Empty row'
            : 'No values changed'
          : changed.join(', ');
  return (
    <li>
      <button type="button" className="history-item" onClick={onSelect}>
        <span className="history-item__top">
          <HistoryActionBadge action={entry.action} />
          <span className="history-item__row">{rowLabel(entry.rowId, entry.data, columns)}</span>
        </span>
        <span className="history-item__changes">{summary}</span>
        <EntryMeta entry={entry} />
      </button>
    </li>
  );
}
