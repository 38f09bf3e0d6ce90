import { type ReactNode, useRef } from 'react';
import type { Chart, ChartPoint } from '../../../../contract/charts.ts';
import type { Table } from '../../../../contract/tables.ts';
import { useTableViewStore } from '../../../store/table-view-store.ts';
import { useChartData } from '../api/get-chart-data.ts';
import { pointFilters } from '../model/point-filters.ts';
import { ChartActions } from './chart-actions.tsx';
import { ChartBody } from './chart-body.tsx';

interface ChartCardProps {
  table: Table;
  chart: Chart;
  /** The table version the data should be of; a new version fetches new points. */
  version: number;
  onEdit?: () => void;
  onDelete?: () => void;
  /** Called after a click filtered the grid (the dashboard then opens the table). */
  onFiltered?: () => void;
  /** More controls for the header (the dashboard's move and size buttons). */
  tools?: ReactNode;
}

/**
 * One saved chart: its title, its drawing (kept up to date with the table's version) and its actions.
 * Clicking a bar, slice or point filters the grid to the rows behind it.
 */
export function ChartCard({ table, chart, version, onEdit, onDelete, onFiltered, tools }: ChartCardProps) {
  const drawing = useRef<HTMLDivElement>(null);
  const data = useChartData(table.id, chart.id, version);
  const select = (x: ChartPoint['x'], group?: string | null) => {
    useTableViewStore
      .getState()
      .updateView(table.id, { filters: pointFilters(chart.config, table.columns, x, group) });
    onFiltered?.();
  };
  return (
    <article className="chart-card" aria-label={chart.name} data-chart-id={chart.id}>
      <header className="chart-card__header">
        <h3 className="chart-card__title">{chart.name}</h3>
        {tools}
        <ChartActions
          title={chart.name}
          drawing={drawing}
          {...(onEdit && { onEdit })}
          {...(onDelete && { onDelete })}
        />
      </header>
      <div className="chart-card__drawing" ref={drawing} data-testid="chart-drawing">
        <ChartBody
          config={chart.config}
          data={data.data}
          error={data.error}
          pending={data.isPending}
          onSelect={select}
        />
      </div>
    </article>
  );
}
