import type { Table } from '../../../../contract/tables.ts';
import { SortIcon } from '../../../components/icons.tsx';
import { Popover } from '../../../components/popover.tsx';
import { useTableView } from '../../../store/table-view-store.ts';
import { SortBuilder } from './sort-builder.tsx';

/** "Sort" in the toolbar, showing how many keys apply; opens the sort builder. */
export function SortButton({ table }: { table: Table }) {
  const count = useTableView(table.id).sorts.length;
  return (
    <Popover
      label="Sort"
      active={count > 0}
      button={
        <>
          <SortIcon />
          {count === 0 ? 'Sort' : `Sorted by ${count}`}
        </>
      }
    >
      {() => <SortBuilder table={table} />}
    </Popover>
  );
}
