import { HomeView } from './features/tables/components/home-view.tsx';
import { TableView } from './features/tables/components/table-view.tsx';
import { TablesSidebar } from './features/tables/components/tables-sidebar.tsx';
import { useRoute } from './lib/router.ts';

/** The page: the table list on the left, the selected table (from the URL) on the right. */
export function App() {
  const route = useRoute();
  const selectedId = route.name === 'table' ? route.tableId : null;
  return (
    <div className="app-shell">
      <TablesSidebar selectedId={selectedId} />
      <main className="main">
        {/* Keyed by id so per-table form state starts fresh when another table is selected. */}
        {selectedId ? <TableView key={selectedId} tableId={selectedId} /> : <HomeView />}
      </main>
    </div>
  );
}
