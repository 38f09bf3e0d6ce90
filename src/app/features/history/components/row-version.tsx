import type { Column } from '../../../../contract/columns.ts';
import type { HistoryEntry } from '../../../../contract/history.ts';
import { RestoreIcon } from '../../../components/icons.tsx';
import { diffData } from '../../../lib/diff-data.ts';
import { EntryMeta } from './entry-meta.tsx';
import { HistoryActionBadge } from './history-action.tsx';
import { ValueDiff } from './value-diff.tsx';

interface RowVersionProps {
  entry: HistoryEntry;
  /** The version before this one, if the row has one. */
  previous: HistoryEntry | undefined;
  columns: Column[];
  current: boolean;
  pending: boolean;
  onRestore: () => void;
}

/** One version of a row: its action, when, the values it changed, and "Restore this version". */
export function RowVersion({ entry, previous, columns, current, pending, onRestore }: RowVersionProps) {
  const changes =
    entry.action === 'delete'
      ? []
      : diffData(
          previous?.data,
          entry.data,
          columns.map((c) => c.name),
        );
  const byName = new Map(columns.map((column) => [column.name, column]));
  return (
    <li className={`version${current ? ' version--current' : ''}`}>
      <div className="version__header">
        <span className="version__number">v{entry.version}</span>
        <HistoryActionBadge action={entry.action} />
        <EntryMeta entry={entry} />
      </div>
      {entry.action === 'delete' ? (
        <p className="version__note">The row was deleted; restoring brings it back with these values.</p>
      ) : changes.length === 0 ? (
        <p className="version__note">No values changed.</p>
      ) : (
        <dl className="diff">
          {changes.map((change) => (
            <ValueDiff key={change.column} change={change} column={byName.get(change.column)} />
          ))}
        </dl>
      )}
      <div className="version__actions">
        {current ? (
          <span className="version__current">Current version</span>
        ) : (
          <button type="button" className="button button--small" disabled={pending} onClick={onRestore}>
            <RestoreIcon />
            Restore this version
          </button>
        )}
      </div>
    </li>
  );
}
