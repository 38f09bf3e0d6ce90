import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Table } from '../../../../contract/tables.ts';
import { useDismiss } from '../../../lib/use-dismiss.ts';
import type { TableView } from '../../../store/table-view-store.ts';
import type { GridColumn } from '../hooks/use-grid-columns.ts';
import type { GridModel } from '../model/grid-model.ts';
import { useGridStore } from '../store/grid-store.ts';
import { ColumnMenuItems } from './column-menu-items.tsx';
import { DeleteColumnConfirm } from './delete-column-confirm.tsx';
import type { MenuMode } from './menu-props.ts';
import { RenameColumnForm } from './rename-column-form.tsx';
import { TypeChangeList } from './type-change-list.tsx';

export interface HeaderMenuProps {
  table: Table;
  view: TableView;
  columns: GridColumn[];
  model: RefObject<GridModel>;
}

/** Arrow keys move between a menu's items; Escape closes it (focus returns to the grid). */
function onMenuKeys(event: KeyboardEvent<HTMLDivElement>, close: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  if (items.length === 0) return;
  event.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
  items[next]?.focus();
}

/** The column menu, opened from a header's button or by right-clicking the header. */
export function HeaderMenu({ table, view, columns, model }: HeaderMenuProps) {
  const menu = useGridStore((state) => state.menu);
  const [mode, setMode] = useState<MenuMode>('main');
  const ref = useRef<HTMLDivElement>(null);
  const close = () => {
    useGridStore.getState().closeMenu();
    setMode('main');
    model.current.focusGrid();
  };
  useDismiss(ref, close, !!menu);
  useEffect(() => {
    if (menu) ref.current?.querySelector<HTMLElement>('[role="menuitem"], input, select')?.focus();
  }, [menu]);
  const gridColumn = menu && columns.find((candidate) => candidate.column.id === menu.columnId);
  if (!menu || !gridColumn) return null;
  const left = Math.max(8, Math.min(menu.x, window.innerWidth - 248));
  const top = Math.max(8, Math.min(menu.y, window.innerHeight - 380));
  const props = { table, view, gridColumn, model, close, setMode };
  return createPortal(
    <div
      ref={ref}
      className="grid-menu"
      role="dialog"
      aria-label={`${gridColumn.column.displayName} column`}
      style={{ left, top }}
      onKeyDown={(event) => onMenuKeys(event, close)}
    >
      {mode === 'main' && (
        <div
          role="menu"
          className="grid-menu__list"
          aria-label={`${gridColumn.column.displayName} column menu`}
        >
          <ColumnMenuItems {...props} />
        </div>
      )}
      {mode === 'rename' && <RenameColumnForm {...props} />}
      {mode === 'type' && <TypeChangeList {...props} />}
      {mode === 'delete' && <DeleteColumnConfirm {...props} />}
    </div>,
    document.body,
  );
}
