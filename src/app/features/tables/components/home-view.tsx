import { EmptyState } from '../../../components/empty-state.tsx';
import { PlusIcon } from '../../../components/icons.tsx';
import { Loading } from '../../../components/status-message.tsx';
import { useUiStore } from '../../../store/ui-store.ts';
import { useTables } from '../api/get-tables.ts';

/** The right side when no table is selected: an invitation to create or pick one. */
export function HomeView() {
  const tables = useTables();
  const startCreate = useUiStore((s) => s.startCreate);
  if (tables.isPending) return <Loading />;
  const none = tables.data?.length === 0;
  return (
    <EmptyState title={none ? 'No tables yet — create one' : 'Select a table'}>
      <p className="empty-state__text">
        {none
          ? 'A table holds rows of typed columns; AI columns will fill themselves from a prompt.'
          : 'Pick a table on the left, or start a new one.'}
      </p>
      <button type="button" className="button button--primary" onClick={startCreate}>
        <PlusIcon />
        New table
      </button>
    </EmptyState>
  );
}
