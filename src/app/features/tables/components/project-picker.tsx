import type { Project } from '../../../../contract/projects.ts';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { FolderIcon } from '../../../components/icons.tsx';
import { useUpdateTable } from '../api/update-table.ts';

interface ProjectPickerProps {
  table: Table;
  projects: Project[];
}

/** The table's project as a breadcrumb that is also a select, to move the table to another project. */
export function ProjectPicker({ table, projects }: ProjectPickerProps) {
  const updateTable = useUpdateTable();
  return (
    <div className="project-picker">
      <FolderIcon />
      <select
        className="project-picker__select"
        aria-label="Project"
        value={table.projectId ?? ''}
        disabled={updateTable.isPending}
        onChange={(event) =>
          updateTable.mutate({ tableId: table.id, input: { projectId: event.target.value || null } })
        }
      >
        <option value="">No project</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      {updateTable.isError && (
        <span className="field-error" role="alert">
          {errorText(updateTable.error)}
        </span>
      )}
    </div>
  );
}
