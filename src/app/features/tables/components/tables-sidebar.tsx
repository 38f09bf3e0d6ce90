import { PlusIcon } from '../../../components/icons.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useUiStore } from '../../../store/ui-store.ts';
import { useTables } from '../api/get-tables.ts';
import { DeleteTableDialog } from './delete-table-dialog.tsx';
import { NewTableForm } from './new-table-form.tsx';
import { TableListItem } from './table-list-item.tsx';

/** The left column: app name, "New table", and every table with its row count. */
export function TablesSidebar({ selectedId }: { selectedId: string | null }) {
  const tables = useTables();
  const creating = useUiStore((s) => s.creatingTable);
  const startCreate = useUiStore((s) => s.startCreate);

  return (
    <aside className="sidebar" aria-label="Tables">
      <header className="sidebar__header">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" width="22" height="22" />
          AI Tables
        </a>
      </header>
      <div className="sidebar__section">
        <h2 className="sidebar__title">Tables</h2>
        <button type="button" className="button button--small" onClick={startCreate} disabled={creating}>
          <PlusIcon />
          New table
        </button>
      </div>
      {creating && <NewTableForm />}
      {tables.isPending && <Loading label="Loading tables…" />}
      {tables.isError && (
        <ErrorMessage
          error={tables.error}
          action={
            <button type="button" className="link-button" onClick={() => void tables.refetch()}>
              Retry
            </button>
          }
        />
      )}
      {tables.data?.length === 0 && !creating && (
        <p className="sidebar__empty">No tables yet — create one.</p>
      )}
      {tables.data && tables.data.length > 0 && (
        <ul className="table-list" aria-label="Table list">
          {tables.data.map((table) => (
            <TableListItem key={table.id} table={table} selected={table.id === selectedId} />
          ))}
        </ul>
      )}
      <DeleteTableDialog tables={tables.data ?? []} selectedId={selectedId} />
    </aside>
  );
}
