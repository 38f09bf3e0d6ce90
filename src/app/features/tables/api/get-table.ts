import { queryOptions, useQuery } from '@tanstack/react-query';
import { tableApi } from '../../../../contract/routes/tables.ts';
import type { Table } from '../../../../contract/tables.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Fetches one table with its columns. */
export function getTable(tableId: string): Promise<Table> {
  return callRoute(tableApi.get, { params: { id: tableId } });
}

/** Key and fetcher of one table. */
export function getTableQueryOptions(tableId: string) {
  return queryOptions({ queryKey: queryKeys.table(tableId), queryFn: () => getTable(tableId) });
}

/** One table with its columns, for the table view. */
export function useTable(tableId: string) {
  return useQuery(getTableQueryOptions(tableId));
}
