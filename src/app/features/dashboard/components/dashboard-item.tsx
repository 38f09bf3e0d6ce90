import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties } from 'react';
import type { Chart, DashboardItem as Item } from '../../../../contract/charts.ts';
import type { Table } from '../../../../contract/tables.ts';
import { navigate } from '../../../lib/router.ts';
import { ChartCard } from '../../charts/index.ts';

interface DashboardItemProps {
  table: Table;
  chart: Chart;
  item: Item;
  version: number;
  onResize: (size: { w?: number; h?: number }) => void;
}

/** Row units are this tall; a chart of height 2 spans two of them. */
const ROW_PX = 280;

/** One chart on the dashboard: a handle to drag it elsewhere, buttons to size it, and the chart. */
export function DashboardItem({ table, chart, item, version, onResize }: DashboardItemProps) {
  const sortable = useSortable({ id: item.chartId });
  const style = {
    '--w': item.w,
    '--h': item.h,
    height: item.h * ROW_PX + (item.h - 1) * 16,
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
    zIndex: sortable.isDragging ? 2 : undefined,
  } as CSSProperties;
  return (
    <li ref={sortable.setNodeRef} style={style} className="dashboard__item" data-w={item.w} data-h={item.h}>
      <ChartCard
        tools={
          <div className="dashboard__tools">
            <button
              type="button"
              className="dashboard__handle"
              aria-label={`Move ${chart.name}`}
              title="Drag to move (or focus and use the arrow keys)"
              {...sortable.attributes}
              {...sortable.listeners}
            >
              ⠿
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={`Width of ${chart.name}: ${item.w} of 3`}
              title="Wider / narrower"
              onClick={() => onResize({ w: (item.w % 3) + 1 })}
            >
              ↔ {item.w}/3
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={`Height of ${chart.name}: ${item.h}`}
              title="Taller / shorter"
              onClick={() => onResize({ h: (item.h % 3) + 1 })}
            >
              ↕ {item.h}
            </button>
          </div>
        }
        table={table}
        chart={chart}
        version={version}
        onFiltered={() => navigate({ name: 'table', tableId: table.id })}
      />
    </li>
  );
}
