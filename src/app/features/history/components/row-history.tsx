import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { useRowHistory } from '../../../api/history/get-row-history.ts';
import { rollbackRow, useRollbackRow } from '../../../api/history/rollback-row.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { deleteRows } from '../../../api/rows/delete-rows.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { rowLabel } from '../../../lib/row-label.ts';
import { useHistoryViewStore } from '../../../store/history-view-store.ts';
import { RowVersion } from './row-version.tsx';

/** A restore just made, and what the row was before it (for Undo). */
interface Restored {
  version: number;
  before: { entryId: string; version: number; deleted: boolean } | undefined;
}

interface RowHistoryProps {
  table: Table;
  rowId: string;
  onOpenRow: (rowId: string) => void;
}

/** Every version of one row, newest first, each with what it changed and a one-click restore that can be undone. */
export function RowHistory({ table, rowId, onOpenRow }: RowHistoryProps) {
  const history = useRowHistory(table.id, rowId);
  const rollback = useRollbackRow();
  const queryClient = useQueryClient();
  const showTable = useHistoryViewStore((s) => s.showTable);
  const [restored, setRestored] = useState<Restored | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [undone, setUndone] = useState<string | null>(null);
  const [undoError, setUndoError] = useState<unknown>(null);

  const entries = history.data ?? [];
  const latest = entries[0];
  const deleted = latest?.action === 'delete';

  // Restoring a deleted row changes the table's count in the sidebar list as well.
  const refreshTables = () => queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
  const restore = (historyEntryId: string, version: number) => {
    setRestored(null);
    setUndone(null);
    setUndoError(null);
    // What the row was before, so the restore can be undone.
    const before = latest && { entryId: latest.id, version: latest.version, deleted };
    rollback.mutate(
      { tableId: table.id, rowId, historyEntryId },
      {
        onSuccess: () => {
          setRestored({ version, before });
          void refreshTables();
        },
      },
    );
  };
  // Undo puts the row back as it was: a row restored from deletion is deleted again.
  const undo = async (before: NonNullable<Restored['before']>) => {
    setUndoing(true);
    setUndoError(null);
    try {
      if (before.deleted) await deleteRows(table.id, [rowId]);
      else await rollbackRow({ tableId: table.id, rowId, historyEntryId: before.entryId });
      await queryClient.invalidateQueries({ queryKey: queryKeys.table(table.id) });
      void refreshTables();
      setRestored(null);
      setUndone(
        before.deleted ? 'Undone: the row is deleted again.' : `Undone: back to version ${before.version}.`,
      );
    } catch (error) {
      setUndoError(error);
    } finally {
      setUndoing(false);
    }
  };
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
          <div className="row-history__restored">
            <p className="notice notice--success" role="status">
              Restored version {restored.version}.
            </p>
            {restored.before && (
              <button
                type="button"
                className="button button--small"
                disabled={undoing}
                onClick={() => restored.before && void undo(restored.before)}
              >
                Undo
              </button>
            )}
          </div>
        )}
        {undone && (
          <p className="notice notice--success" role="status">
            {undone}
          </p>
        )}
        {(rollback.isError || Boolean(undoError)) && (
          <p className="notice notice--error" role="alert">
            {errorText(undoError ?? rollback.error)}
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
