import type { ReactNode } from 'react';
import type { Project } from '../../../../contract/projects.ts';
import './table-header.css';
import { countText } from '../../../../contract/count-text.ts';
import type { Table } from '../../../../contract/tables.ts';
import { ProjectPicker } from './project-picker.tsx';
import { RowCount } from './row-count.tsx';
import { TableTitle } from './table-title.tsx';

interface TableHeaderProps {
  table: Table;
  projects: Project[];
  /** The status of the table's AI work, on the right (the frame composes it in). */
  status?: ReactNode;
}

/** Above the toolbar: the table's project and name (both editable), its size, and its AI work. */
export function TableHeader({ table, projects, status }: TableHeaderProps) {
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
      {status}
    </header>
  );
}
