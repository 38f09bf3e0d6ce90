import type { RefObject } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import type { TableView } from '../../../store/table-view-store.ts';
import type { GridColumn } from '../hooks/use-grid-columns.ts';
import type { GridModel } from '../model/grid-model.ts';

/** Which view of the column menu shows: its list, or one of the forms it opens. */
export type MenuMode = 'main' | 'rename' | 'type' | 'delete';

/** What each part of the column menu gets. */
export interface MenuPartProps {
  table: Table;
  view: TableView;
  gridColumn: GridColumn;
  model: RefObject<GridModel>;
  close: () => void;
  setMode: (mode: MenuMode) => void;
}
