import type { Table } from '../../../contract/tables.ts';
import { FilterIcon } from '../../components/icons.tsx';
import { Popover } from '../../components/popover.tsx';
import { useTableView } from '../../store/table-view-store.ts';
import { FilterBuilder } from './filter-builder.tsx';

/** "Filter" in the toolbar, showing how many filters apply; opens the filter builder. */
export function FilterButton({ table }: { table: Table }) {
  const count = useTableView(table.id).filters.length;
  return (
    <Popover
      label="Filters"
      active={count > 0}
      button={
        <>
          <FilterIcon />
          {count === 0 ? 'Filter' : `${count} ${count === 1 ? 'filter' : 'filters'}`}
        </>
      }
    >
      {() => <FilterBuilder table={table} />}
    </Popover>
  );
}
