import type { Project } from '../../../../contract/projects.ts';
import './table-header.css';
import type { Table } from '../../../../contract/tables.ts';
import { countText } from '../../../lib/count-text.ts';
import { ProjectPicker } from './project-picker.tsx';
import { RowCount } from './row-count.tsx';
import { RunStatus } from './run-status.tsx';
import { TableTitle } from './table-title.tsx';

interface TableHeaderProps {
  table: Table;
  projects: Project[];
}

/** Above the toolbar: the table's project and name (both editable), its size, and AI run status. */
export function TableHeader({ table, projects }: TableHeaderProps) {
  return (
    <header className="table-header">
      <div className="table-header__main">
        <ProjectPicker table={table} projects={projects} />
        <TableTitle table={table} />
        <p className="table-header__meta">
          <RowCount table={table} />
          <span aria-hidden="true"> · </span>
          <span>{countText(table.columns.length, 'column')}</span>
        </p>
      </div>
      <RunStatus />
    </header>
  );
}
