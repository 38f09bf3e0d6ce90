import { countText } from '../../../../contract/count-text.ts';
import type { Table } from '../../../../contract/tables.ts';
import { useTableView } from '../../../store/table-view-store.ts';
import { useRowCount } from '../api/get-row-count.ts';

/** "10,000 rows", or "1,234 of 10,000 rows" while filters or a quick search narrow the view. */
export function RowCount({ table }: { table: Table }) {
  const view = useTableView(table.id);
  const known = new Set(table.columns.map((column) => column.name));
  // A filter on a column deleted since it was set would make the server refuse the whole query.
  const filters = view.filters.filter((filter) => known.has(filter.column));
  const matching = useRowCount(table.id, { filters, search: view.search });
  const narrowed = filters.length > 0 || view.search.trim() !== '';
  const total = countText(table.rowCount, 'row');
  return (
    <span data-testid="row-count" aria-live="polite">
      {narrowed && matching.data !== undefined ? `${matching.data.toLocaleString()} of ${total}` : total}
    </span>
  );
}
