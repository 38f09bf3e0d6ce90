import type { Project } from '../../../../contract/projects.ts';
import type { TableSummary } from '../../../../contract/tables.ts';

/** Id of the group of tables that belong to no project. */
export const NO_PROJECT = 'none';

/** A project (or "No project") with its tables, for the sidebar tree. */
export interface TableGroup {
  id: string;
  project: Project | null;
  tables: TableSummary[];
}

/**
 * Tables grouped under their projects (in the projects' order), then those with no project or an
 * unknown one. While searching, only tables whose name contains the text are kept, and groups left
 * empty are dropped; otherwise every project shows, empty or not, so it can receive a new table.
 */
export function groupTables(projects: Project[], tables: TableSummary[], search: string): TableGroup[] {
  const needle = search.trim().toLowerCase();
  const matching = needle ? tables.filter((table) => table.name.toLowerCase().includes(needle)) : tables;
  const known = new Set(projects.map((project) => project.id));
  const groups: TableGroup[] = projects.map((project) => ({
    id: project.id,
    project,
    tables: matching.filter((table) => table.projectId === project.id),
  }));
  groups.push({
    id: NO_PROJECT,
    project: null,
    tables: matching.filter((table) => table.projectId === null || !known.has(table.projectId)),
  });
  return needle ? groups.filter((group) => group.tables.length > 0) : groups;
}
