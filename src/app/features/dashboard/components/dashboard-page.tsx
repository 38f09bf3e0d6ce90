import { isApiError } from '../../../api/api-client.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { navigate, routePath } from '../../../lib/router.ts';
import { useCharts, useTableVersion } from '../../charts/index.ts';
import { useTable } from '../../tables/api/get-table.ts';
import { useDashboard } from '../api/get-dashboard.ts';
import { useSaveDashboard } from '../api/save-dashboard.ts';
import './dashboard.css';
import { DashboardGrid } from './dashboard-grid.tsx';

/**
 * A table's dashboard: all its charts, laid out as its users arranged them (saved on the server), each
 * kept current as the table changes. Clicking a bar or slice opens the table filtered to its rows.
 */
export function DashboardPage({ tableId }: { tableId: string }) {
  const table = useTable(tableId);
  const charts = useCharts(tableId);
  const dashboard = useDashboard(tableId);
  const save = useSaveDashboard(tableId);
  const version = useTableVersion(tableId) ?? table.data?.version ?? 0;
  const pending = table.isPending || charts.isPending || dashboard.isPending;
  const error = table.error ?? charts.error ?? dashboard.error;

  return (
    <main className="main dashboard" aria-labelledby="dashboard-title">
      <header className="dashboard__header">
        <div>
          <a
            className="link-button"
            href={routePath({ name: 'table', tableId })}
            onClick={(event) => {
              event.preventDefault();
              navigate({ name: 'table', tableId });
            }}
          >
            ← Back to the table
          </a>
          <h1 id="dashboard-title" className="dashboard__title">
            {table.data ? `${table.data.name}: dashboard` : 'Dashboard'}
          </h1>
        </div>
        {save.isError && <ErrorMessage error={save.error} />}
      </header>
      {pending && <Loading label="Loading dashboard…" />}
      {error &&
        (isApiError(error, 404) ? <EmptyState title="Table not found" /> : <ErrorMessage error={error} />)}
      {table.data &&
        charts.data &&
        dashboard.data &&
        (charts.data.length === 0 ? (
          <EmptyState title="No charts yet">
            Add charts from the table's Charts panel; they all appear here.
          </EmptyState>
        ) : (
          <DashboardGrid
            table={table.data}
            charts={charts.data}
            items={dashboard.data.items}
            version={version}
            onChange={(items) => save.mutate(items)}
          />
        ))}
    </main>
  );
}
