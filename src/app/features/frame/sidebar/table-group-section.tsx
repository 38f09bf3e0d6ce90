import { NewTableForm, TableListItem } from '../../tables/index.ts';
import { GroupHeader } from './group-header.tsx';
import type { TableGroup } from './group-tables.ts';
import { useSidebarStore } from './sidebar-store.ts';

interface TableGroupSectionProps {
  group: TableGroup;
  selectedId: string | null;
  /** False while there are no projects: one flat list needs no "No project" heading. */
  showHeader: boolean;
}

/** One project (or "No project") in the sidebar: its header and, unless folded, its tables. */
export function TableGroupSection({ group, selectedId, showHeader }: TableGroupSectionProps) {
  const action = useSidebarStore((s) => s.action);
  const start = useSidebarStore((s) => s.start);
  const end = useSidebarStore((s) => s.end);
  const folded = useSidebarStore((s) => s.collapsed.includes(group.id));
  const projectId = group.project?.id ?? null;
  const creatingHere = action?.kind === 'new-table' && action.projectId === projectId;
  const name = group.project?.name ?? 'No project';

  // An empty "No project" group says nothing worth a heading.
  if (!group.project && group.tables.length === 0 && !creatingHere) return null;
  const expanded = !folded || creatingHere || !showHeader;
  const listId = `group-${group.id}`;

  return (
    <section className="table-group" aria-label={showHeader ? name : 'Tables'}>
      {showHeader && <GroupHeader group={group} expanded={expanded} listId={listId} />}
      {expanded && (
        <>
          {creatingHere && (
            <NewTableForm projectId={projectId} placeLabel={group.project ? `in ${name}` : ''} onDone={end} />
          )}
          {group.tables.length === 0 && !creatingHere && <p className="table-group__empty">No tables</p>}
          {group.tables.length > 0 && (
            <ul
              id={listId}
              className="table-list"
              aria-label={showHeader ? `Tables in ${name}` : 'Table list'}
            >
              {group.tables.map((table) => (
                <TableListItem
                  key={table.id}
                  table={table}
                  selected={table.id === selectedId}
                  renaming={action?.kind === 'rename-table' && action.tableId === table.id}
                  onRename={() => start({ kind: 'rename-table', tableId: table.id })}
                  onRenameEnd={end}
                  onDelete={() => start({ kind: 'delete-table', tableId: table.id })}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
