import type { Table } from '../../../../contract/tables.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useHistoryViewStore } from '../../../store/history-view-store.ts';
import { useTableHistory } from '../api/get-table-history.ts';
import { HistoryListItem } from './history-list-item.tsx';
import { changedColumns } from './summarize-entries.ts';

/** The table's latest changes, newest first; each opens that row's versions. */
export function TableHistory({ table }: { table: Table }) {
  const history = useTableHistory(table.id);
  const showRow = useHistoryViewStore((s) => s.showRow);
  if (history.isPending) return <Loading label="Loading history…" />;
  if (history.isError) return <ErrorMessage error={history.error} />;
  if (history.data.length === 0) {
    return <EmptyState title="No changes yet">Every row added, edited or deleted shows here.</EmptyState>;
  }
  const changes = changedColumns(history.data, table.columns);
  return (
    <>
      <p className="panel-hint">
        Latest changes first. Choose one to see that row’s versions and restore one.
      </p>
      <ol className="history-list" aria-label="Table history">
        {history.data.map((entry) => (
          <HistoryListItem
            key={entry.id}
            entry={entry}
            columns={table.columns}
            changed={changes.get(entry.id) ?? null}
            onSelect={() => showRow(entry.rowId)}
          />
        ))}
      </ol>
    </>
  );
}
