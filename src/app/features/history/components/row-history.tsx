import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { rowLabel } from '../../../lib/row-label.ts';
import { useRowHistory } from '../api/get-row-history.ts';
import { useRollbackRow } from '../api/rollback-row.ts';
import { useHistoryViewStore } from './history-view-store.ts';
import { RowVersion } from './row-version.tsx';

interface RowHistoryProps {
  table: Table;
  rowId: string;
  onOpenRow: (rowId: string) => void;
}

/** Every version of one row, newest first, each with what it changed and a one-click restore. */
export function RowHistory({ table, rowId, onOpenRow }: RowHistoryProps) {
  const history = useRowHistory(table.id, rowId);
  const rollback = useRollbackRow();
  const queryClient = useQueryClient();
  const showTable = useHistoryViewStore((s) => s.showTable);
  const [restored, setRestored] = useState<number | null>(null);

  const restore = (historyEntryId: string, version: number) => {
    setRestored(null);
    rollback.mutate(
      { tableId: table.id, rowId, historyEntryId },
      {
        onSuccess: () => {
          setRestored(version);
          // Restoring a deleted row changes the table's count in the sidebar list as well.
          void queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
        },
      },
    );
  };

  const entries = history.data ?? [];
  const latest = entries[0];
  const deleted = latest?.action === 'delete';
  return (
    <div className="row-history">
      <div className="row-history__nav">
        <button type="button" className="link-button" onClick={showTable}>
          ← All changes
        </button>
        {latest && !deleted && (
          <button type="button" className="link-button" onClick={() => onOpenRow(rowId)}>
            Open row
          </button>
        )}
      </div>
      {history.isPending && <Loading label="Loading versions…" />}
      {history.isError && <ErrorMessage error={history.error} />}
      {latest && (
        <h3 className="row-history__title">
          {rowLabel(rowId, latest.data, table.columns)}
          {deleted && <span className="badge badge--delete">Deleted</span>}
        </h3>
      )}
      <div aria-live="polite">
        {restored !== null && (
          <p className="notice notice--success" role="status">
            Restored version {restored}.
          </p>
        )}
        {rollback.isError && (
          <p className="notice notice--error" role="alert">
            {errorText(rollback.error)}
          </p>
        )}
      </div>
      <ol className="version-list" aria-label="Row versions">
        {entries.map((entry, index) => (
          <RowVersion
            key={entry.id}
            entry={entry}
            previous={entries[index + 1]}
            columns={table.columns}
            // Restoring the current version would change nothing, unless it is the record of a deletion.
            current={index === 0 && !deleted}
            pending={rollback.isPending}
            onRestore={() => restore(entry.id, entry.version)}
          />
        ))}
      </ol>
    </div>
  );
}
