import type { HistoryEntry } from '../../../../contract/history.ts';
import { fullTime, timeAgo } from '../../../lib/time-ago.ts';

/** When and by whom: "5 min. ago · Someone", with the exact time on hover. */
export function EntryMeta({ entry }: { entry: HistoryEntry }) {
  return (
    <span className="history-meta">
      <time dateTime={entry.createdAt} title={fullTime(entry.createdAt)}>
        {timeAgo(entry.createdAt)}
      </time>
      {' · '}
      {/* No sign-in yet: changes made without a name (the app's own) are someone's. */}
      <span>{entry.changedBy ?? 'Someone'}</span>
    </span>
  );
}
