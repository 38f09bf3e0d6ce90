import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Row, RowData } from '../../../../contract/rows.ts';
import type { Table } from '../../../../contract/tables.ts';
import { isApiError } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { useRow } from '../../../api/rows/get-row.ts';
import { useUpdateRow } from '../../../api/rows/update-row.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { rowLabel } from '../../../lib/row-label.ts';
import { RowSource } from '../../extract/index.ts';
import { ParentRow } from './parent-row.tsx';
import { RowForm } from './row-form.tsx';

interface EditRowProps {
  table: Table;
  rowId: string;
  onShowHistory: (rowId: string) => void;
}

type Outcome = { kind: 'saved' } | { kind: 'conflict' } | null;

/**
 * One row as a form. Saving names the version the edit started from; if someone changed the row
 * meanwhile the server answers 409 with the row as it is now, which replaces the stored values
 * while the edits typed here stay in the form, to be checked and saved again.
 */
export function EditRow({ table, rowId, onShowHistory }: EditRowProps) {
  const row = useRow(table.id, rowId);
  const updateRow = useUpdateRow();
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [saves, setSaves] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (row.isPending) return <Loading label="Loading row…" />;
  if (row.isError) {
    if (isApiError(row.error, 404)) {
      return (
        <EmptyState title="Row not found">
          It may have been deleted.{' '}
          <button type="button" className="link-button" onClick={() => onShowHistory(rowId)}>
            See its history
          </button>
        </EmptyState>
      );
    }
    return <ErrorMessage error={row.error} />;
  }
  const current = row.data;

  const save = (data: RowData) => {
    setOutcome(null);
    updateRow.mutate(
      { tableId: table.id, rowId, data, version: baseVersion ?? current.version },
      {
        onSuccess: () => {
          setBaseVersion(null);
          setSaves((n) => n + 1);
          setOutcome({ kind: 'saved' });
        },
        onError: (error) => {
          if (!isApiError(error, 409)) return;
          const fresh = (error.body as { current?: Row } | undefined)?.current;
          if (fresh) queryClient.setQueryData(queryKeys.row(table.id, rowId), fresh);
          else void row.refetch();
          setBaseVersion(fresh?.version ?? null);
          setOutcome({ kind: 'conflict' });
        },
      },
    );
  };

  return (
    <>
      <div className="row-panel__head">
        <h3 className="row-panel__title">{rowLabel(rowId, current.data, table.columns)}</h3>
        <button type="button" className="link-button" onClick={() => onShowHistory(rowId)}>
          View history
        </button>
      </div>
      <ParentRow table={table} rowId={rowId} />
      <RowForm
        key={saves}
        label="Edit row"
        columns={table.columns}
        data={current.data}
        saving={updateRow.isPending}
        // A conflict is explained below, not as a field error.
        error={isApiError(updateRow.error, 409) ? null : updateRow.error}
        submitLabel="Save"
        onSave={save}
        onEdit={() => {
          setBaseVersion(current.version);
          setOutcome(null);
        }}
      >
        {outcome?.kind === 'saved' && (
          <p className="notice notice--success" role="status">
            Saved (version {current.version}).
          </p>
        )}
        {outcome?.kind === 'conflict' && (
          <p className="notice notice--warning" role="alert">
            Someone else changed this row while you were editing. Its latest values are loaded; your edits are
            still in the form. Check them and save again.
          </p>
        )}
      </RowForm>
      <RowSource tableId={table.id} rowId={rowId} columns={table.columns} />
    </>
  );
}
