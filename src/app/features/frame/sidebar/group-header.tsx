import { IconButton } from '../../../components/icon-button.tsx';
import {
  ChevronDownIcon,
  ChevronRightIcon,
  PencilIcon,
  PlusIcon,
  TrashIcon,
} from '../../../components/icons.tsx';
import { RenameProjectForm } from '../../projects/index.ts';
import type { TableGroup } from './group-tables.ts';
import { useSidebarStore } from './sidebar-store.ts';

interface GroupHeaderProps {
  group: TableGroup;
  expanded: boolean;
  /** Id of the list this header folds, for aria-controls. */
  listId: string;
}

/** A project's row in the sidebar: fold toggle with its name and size, and its actions. */
export function GroupHeader({ group, expanded, listId }: GroupHeaderProps) {
  const { project } = group;
  const action = useSidebarStore((s) => s.action);
  const start = useSidebarStore((s) => s.start);
  const end = useSidebarStore((s) => s.end);
  const toggle = useSidebarStore((s) => s.toggleGroup);
  const name = project?.name ?? 'No project';

  if (project && action?.kind === 'rename-project' && action.projectId === project.id) {
    return (
      <div className="group-header group-header--editing">
        <RenameProjectForm project={project} onDone={end} />
      </div>
    );
  }

  return (
    <div className="group-header">
      <button
        type="button"
        className="group-header__toggle"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        onClick={() => toggle(group.id)}
      >
        {expanded ? <ChevronDownIcon /> : <ChevronRightIcon />}
        <span className="group-header__name">{name}</span>
        <span className="group-header__count">
          {group.tables.length}
          <span className="visually-hidden"> {group.tables.length === 1 ? 'table' : 'tables'}</span>
        </span>
      </button>
      <div className="group-header__actions">
        <IconButton
          label={`Add table to ${name}`}
          title="New table here"
          onClick={() => start({ kind: 'new-table', projectId: project?.id ?? null })}
        >
          <PlusIcon />
        </IconButton>
        {project && (
          <>
            <IconButton
              label={`Rename project ${name}`}
              title="Rename project"
              onClick={() => start({ kind: 'rename-project', projectId: project.id })}
            >
              <PencilIcon />
            </IconButton>
            <IconButton
              label={`Delete project ${name}`}
              title="Delete project"
              danger
              onClick={() => start({ kind: 'delete-project', projectId: project.id })}
            >
              <TrashIcon />
            </IconButton>
          </>
        )}
      </div>
    </div>
  );
}
