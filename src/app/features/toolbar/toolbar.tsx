import type { ReactNode } from 'react';
import './toolbar.css';
import type { Table } from '../../../contract/tables.ts';
import { ActivityIcon, HistoryIcon } from '../../components/icons.tsx';
import { FilterButton } from '../filters/index.ts';
import { ColumnVisibility } from './column-visibility.tsx';
import { DensityToggle } from './density-toggle.tsx';
import { QuickSearch } from './quick-search.tsx';
import { SortButton } from './sorts/sort-button.tsx';
import { usePruneView } from './use-prune-view.ts';

interface ToolbarProps {
  table: Table;
  historyOpen: boolean;
  onToggleHistory: () => void;
  runsOpen: boolean;
  onToggleRuns: () => void;
  /** Actions that create things (new column, new row), placed at the end. */
  children?: ReactNode;
}

/** Above the grid: how rows are narrowed, ordered and shown (the view), search, history, AI runs, and add actions. */
export function Toolbar(props: ToolbarProps) {
  const { table, historyOpen, onToggleHistory, runsOpen, onToggleRuns, children } = props;
  usePruneView(table.id, table.columns);
  return (
    <div className="toolbar">
      <div className="toolbar__group">
        <FilterButton table={table} />
        <SortButton table={table} />
        <ColumnVisibility table={table} />
        <DensityToggle tableId={table.id} />
      </div>
      <div className="toolbar__group toolbar__group--end">
        <QuickSearch tableId={table.id} />
        <button
          type="button"
          className={`button button--toolbar${historyOpen ? ' button--active' : ''}`}
          aria-pressed={historyOpen}
          title="History"
          onClick={onToggleHistory}
        >
          <HistoryIcon />
          <span className="toolbar__collapsible-label">History</span>
        </button>
        <button
          type="button"
          className={`button button--toolbar${runsOpen ? ' button--active' : ''}`}
          aria-pressed={runsOpen}
          title="AI runs"
          onClick={onToggleRuns}
        >
          <ActivityIcon />
          <span className="toolbar__collapsible-label">Runs</span>
        </button>
        {children}
      </div>
    </div>
  );
}
