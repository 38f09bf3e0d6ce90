import type { MouseEvent } from 'react';
import type { TableSummary } from '../../../../contract/tables.ts';
import { IconButton } from '../../../components/icon-button.tsx';
import { PencilIcon, TrashIcon } from '../../../components/icons.tsx';
import { navigate, routePath } from '../../../lib/router.ts';
import { RenameTableForm } from './rename-table-form.tsx';

interface TableListItemProps {
  table: TableSummary;
  selected: boolean;
  renaming: boolean;
  onRename: () => void;
  onRenameEnd: () => void;
  onDelete: () => void;
}

/** One table in the sidebar: a link with its row count, and rename / delete buttons. */
export function TableListItem({
  table,
  selected,
  renaming,
  onRename,
  onRenameEnd,
  onDelete,
}: TableListItemProps) {
  const route = { name: 'table', tableId: table.id } as const;

  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks keep their browser meaning (new tab, new window).
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };

  if (renaming) {
    return (
      <li className="table-list__item table-list__item--editing">
        <RenameTableForm table={table} onDone={onRenameEnd} />
      </li>
    );
  }

  return (
    <li className={`table-list__item${selected ? ' table-list__item--selected' : ''}`}>
      <a
        className="table-list__link"
        href={routePath(route)}
        onClick={open}
        aria-current={selected ? 'page' : undefined}
      >
        <span className="table-list__name">{table.name}</span>
        <span className="table-list__count">
          {table.rowCount.toLocaleString()}
          <span className="visually-hidden"> {table.rowCount === 1 ? 'row' : 'rows'}</span>
        </span>
      </a>
      <div className="table-list__actions">
        <IconButton label={`Rename table ${table.name}`} title="Rename" onClick={onRename}>
          <PencilIcon />
        </IconButton>
        <IconButton label={`Delete table ${table.name}`} title="Delete" danger onClick={onDelete}>
          <TrashIcon />
        </IconButton>
      </div>
    </li>
  );
}
