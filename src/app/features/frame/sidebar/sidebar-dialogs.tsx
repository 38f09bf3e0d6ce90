import type { Project } from '../../../../contract/projects.ts';
import type { TableSummary } from '../../../../contract/tables.ts';
import { DeleteProjectDialog } from '../../projects/index.ts';
import { DeleteTableDialog } from '../../tables/index.ts';
import { useSidebarStore } from './sidebar-store.ts';

interface SidebarDialogsProps {
  tables: TableSummary[];
  projects: Project[];
  selectedId: string | null;
}

/** The sidebar's confirmations: deleting a table, deleting a project. */
export function SidebarDialogs({ tables, projects, selectedId }: SidebarDialogsProps) {
  const action = useSidebarStore((s) => s.action);
  const end = useSidebarStore((s) => s.end);
  const deletingTable =
    action?.kind === 'delete-table' ? tables.find((table) => table.id === action.tableId) : undefined;
  const deletingProject =
    action?.kind === 'delete-project'
      ? projects.find((project) => project.id === action.projectId)
      : undefined;
  return (
    <>
      <DeleteTableDialog table={deletingTable} selectedId={selectedId} onClose={end} />
      <DeleteProjectDialog
        project={deletingProject}
        tableCount={tables.filter((table) => table.projectId === deletingProject?.id).length}
        onClose={end}
      />
    </>
  );
}
