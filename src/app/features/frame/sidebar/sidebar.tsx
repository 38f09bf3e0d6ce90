import { FolderPlusIcon, GearIcon, PlusIcon, SparkleIcon } from '../../../components/icons.tsx';
import './sidebar.css';
import { IconButton } from '../../../components/icon-button.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useSettingsStore } from '../../../store/settings-store.ts';
import { useProjects } from '../../projects/api/get-projects.ts';
import { NewProjectForm } from '../../projects/index.ts';
import { useTables } from '../../tables/api/get-tables.ts';
import { useTemplateGalleryStore } from '../../templates/index.ts';
import { groupTables } from './group-tables.ts';
import { SidebarDialogs } from './sidebar-dialogs.tsx';
import { SidebarSearch } from './sidebar-search.tsx';
import { useSidebarStore } from './sidebar-store.ts';
import { TableGroupSection } from './table-group-section.tsx';

/** The left column: app name, table search, "New table", "New project", tables by project, Settings. */
export function Sidebar({ selectedId }: { selectedId: string | null }) {
  const tables = useTables();
  const projects = useProjects();
  const search = useSidebarStore((s) => s.search);
  const action = useSidebarStore((s) => s.action);
  const start = useSidebarStore((s) => s.start);
  const end = useSidebarStore((s) => s.end);
  const openGallery = useTemplateGalleryStore((s) => s.open);

  // "New table" goes into the project of the open table, as people expect of a "current" folder.
  const currentProjectId = tables.data?.find((table) => table.id === selectedId)?.projectId ?? null;
  const projectList = projects.data ?? [];
  const groups = groupTables(projectList, tables.data ?? [], search);
  const failed = tables.error ?? projects.error;

  return (
    <aside className="sidebar" aria-label="Tables">
      <header className="sidebar__header">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" width="22" height="22" />
          AI Tables
        </a>
      </header>
      <SidebarSearch />
      <div className="sidebar__section">
        <h2 className="sidebar__title">Tables</h2>
        <div className="sidebar__section-actions">
          <IconButton label="New project" title="New project" onClick={() => start({ kind: 'new-project' })}>
            <FolderPlusIcon />
          </IconButton>
          <button
            type="button"
            className="icon-button"
            aria-label="New table from a template or a file"
            title="New table from a template or a file"
            onClick={() => openGallery(currentProjectId)}
          >
            <SparkleIcon />
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => start({ kind: 'new-table', projectId: currentProjectId })}
          >
            <PlusIcon />
            New table
          </button>
        </div>
      </div>
      {action?.kind === 'new-project' && <NewProjectForm onDone={end} />}
      {(tables.isPending || projects.isPending) && <Loading label="Loading tables…" />}
      {failed && (
        <ErrorMessage
          error={failed}
          action={
            <button
              type="button"
              className="link-button"
              onClick={() => void Promise.all([tables.refetch(), projects.refetch()])}
            >
              Retry
            </button>
          }
        />
      )}
      {tables.data?.length === 0 && action?.kind !== 'new-table' && (
        <p className="sidebar__empty">No tables yet — create one.</p>
      )}
      {search.trim() && groups.length === 0 && <p className="sidebar__empty">No table matches “{search}”.</p>}
      <nav className="sidebar__tree" aria-label="Projects and tables">
        {groups.map((group) => (
          <TableGroupSection
            key={group.id}
            group={group}
            selectedId={selectedId}
            showHeader={projectList.length > 0}
          />
        ))}
      </nav>
      <SidebarDialogs tables={tables.data ?? []} projects={projectList} selectedId={selectedId} />
      <div className="sidebar__footer">
        <button
          type="button"
          className="button button--ghost sidebar__settings"
          aria-haspopup="dialog"
          onClick={useSettingsStore.getState().openSettings}
        >
          <GearIcon />
          Settings
        </button>
      </div>
    </aside>
  );
}
