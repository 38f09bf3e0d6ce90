import { useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PlusIcon } from '../../../components/icons.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { navigate } from '../../../lib/router.ts';
import { useDeleteChart } from '../api/delete-chart.ts';
import { useCharts } from '../api/get-charts.ts';
import { useTableVersion } from '../api/use-table-version.ts';
import './charts.css';
import { ChartCard } from './chart-card.tsx';
import { ChartEditor } from './chart-editor.tsx';

/** The Charts panel: the table's charts, each kept current as the table changes, and the editor. */
export function ChartsPanel({ table }: { table: Table }) {
  const charts = useCharts(table.id);
  const version = useTableVersion(table.id) ?? table.version;
  const remove = useDeleteChart(table.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  if (editing !== null) {
    const chart = charts.data?.find((candidate) => candidate.id === editing);
    return (
      <ChartEditor
        table={table}
        version={version}
        {...(chart && { chart })}
        onDone={() => setEditing(null)}
      />
    );
  }
  return (
    <div className="charts-panel">
      <div className="charts-panel__bar">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={() => setEditing('new')}
        >
          <PlusIcon />
          New chart
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ name: 'dashboard', tableId: table.id })}
        >
          Open dashboard
        </button>
      </div>
      {charts.isPending && <Loading label="Loading charts…" />}
      {charts.isError && <ErrorMessage error={charts.error} />}
      {charts.data?.length === 0 && (
        <EmptyState title="No charts yet">
          Count rows by a column, or sum a number over them, across the whole table.
        </EmptyState>
      )}
      <p className="panel-hint">Click a bar or a slice to show its rows in the grid.</p>
      <ul className="charts-panel__list">
        {charts.data?.map((chart) => (
          <li key={chart.id}>
            <ChartCard
              table={table}
              chart={chart}
              version={version}
              onEdit={() => setEditing(chart.id)}
              onDelete={() => remove.mutate(chart.id)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
