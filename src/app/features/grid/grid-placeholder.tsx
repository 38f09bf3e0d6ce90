import type { Table } from '../../../contract/tables.ts';
import { useRows } from '../tables/api/get-rows.ts';
import { RowsTable } from '../tables/components/rows-table.tsx';

/** The first 100 rows in a plain table; replaced by the virtualized grid. */
export function GridPlaceholder({ table }: { table: Table }) {
  const rows = useRows(table.id, { limit: 100, offset: 0 });
  return rows.data ? (
    <RowsTable tableName={table.name} columns={table.columns} rows={rows.data.rows} />
  ) : null;
}
