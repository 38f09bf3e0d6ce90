import { isApiError } from '../../../api/api-client.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useRows } from '../api/get-rows.ts';
import { useTable } from '../api/get-table.ts';
import { AddColumnForm } from './add-column-form.tsx';
import { AddRowForm } from './add-row-form.tsx';
import { RowsTable } from './rows-table.tsx';

/** Rows shown until the real, virtualized grid arrives. */
const FIRST_PAGE = { limit: 100, offset: 0 };

/** The selected table: its name and size, its first rows, and forms to add a column or a row. */
export function TableView({ tableId }: { tableId: string }) {
  const table = useTable(tableId);
  const rows = useRows(tableId, FIRST_PAGE);

  if (table.isPending) return <Loading label="Loading table…" />;
  if (table.isError) {
    if (isApiError(table.error, 404))
      return (
        <EmptyState title="Table not found">
          It may have been deleted. Pick another table on the left.
        </EmptyState>
      );
    return <ErrorMessage error={table.error} />;
  }

  const { columns } = table.data;
  const total = rows.data?.total ?? table.data.rowCount;
  return (
    <section className="table-view" aria-labelledby="table-title">
      <header className="table-view__header">
        <div>
          <h1 id="table-title" className="table-view__title">
            {table.data.name}
          </h1>
          <p className="table-view__meta" aria-live="polite">
            <span data-testid="row-count">
              {total.toLocaleString()} {total === 1 ? 'row' : 'rows'}
            </span>
            {' · '}
            {columns.length} {columns.length === 1 ? 'column' : 'columns'}
            {total > FIRST_PAGE.limit && ` · showing the first ${FIRST_PAGE.limit}`}
          </p>
        </div>
        <AddColumnForm tableId={tableId} columns={columns} />
      </header>
      {columns.length === 0 ? (
        <EmptyState title="No columns yet">Add a first column above, then add rows.</EmptyState>
      ) : (
        <>
          {rows.isPending && <Loading label="Loading rows…" />}
          {rows.isError && <ErrorMessage error={rows.error} />}
          {rows.data && <RowsTable tableName={table.data.name} columns={columns} rows={rows.data.rows} />}
          <AddRowForm tableId={tableId} columns={columns} />
        </>
      )}
    </section>
  );
}
