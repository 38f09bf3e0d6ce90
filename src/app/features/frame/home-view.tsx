import { EmptyState } from '../../components/empty-state.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { Loading } from '../../components/status-message.tsx';
import { useTables } from '../tables/api/get-tables.ts';
import { useSidebarStore } from './sidebar/sidebar-store.ts';

/** The middle when no table is open: an invitation to create or pick one. */
export function HomeView() {
  const tables = useTables();
  const start = useSidebarStore((s) => s.start);
  if (tables.isPending) return <Loading />;
  const none = tables.data?.length === 0;
  return (
    <EmptyState title={none ? 'No tables yet — create one' : 'Select a table'}>
      <p className="empty-state__text">
        {none
          ? 'A table holds rows of typed columns; AI columns will fill themselves from a prompt.'
          : 'Pick a table on the left, or start a new one.'}
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => start({ kind: 'new-table', projectId: null })}
      >
        <PlusIcon />
        New table
      </button>
    </EmptyState>
  );
}
