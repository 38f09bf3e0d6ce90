import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Chart, DashboardItem as Item } from '../../../../contract/charts.ts';
import type { Table } from '../../../../contract/tables.ts';
import { DashboardItem } from './dashboard-item.tsx';
import { moveItem, resizeItem } from './move-item.ts';

interface DashboardGridProps {
  table: Table;
  charts: Chart[];
  items: Item[];
  version: number;
  onChange: (items: Item[]) => void;
}

/** The charts in a three-column grid, in the saved order; dragging or resizing one saves the arrangement. */
export function DashboardGrid({ table, charts, items, version, onChange }: DashboardGridProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((item) => item.chartId);
  const dragged = ({ active, over }: DragEndEvent) => {
    if (over) onChange(moveItem(items, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragged}>
      <SortableContext items={ids} strategy={rectSortingStrategy}>
        <ol className="dashboard__grid" aria-label="Charts">
          {items.map((item) => {
            const chart = charts.find((candidate) => candidate.id === item.chartId);
            return chart ? (
              <DashboardItem
                key={item.chartId}
                table={table}
                chart={chart}
                item={item}
                version={version}
                onResize={(size) => onChange(resizeItem(items, item.chartId, size))}
              />
            ) : null;
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
