import { queryOptions, useQuery } from '@tanstack/react-query';
import { tableApi } from '../../../../contract/routes/tables.ts';
import type { TableSummary } from '../../../../contract/tables.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Fetches every table with its row count, ordered by name. */
export function getTables(): Promise<TableSummary[]> {
  return callRoute(tableApi.list, {});
}

/** Key and fetcher of the table list, shared by the hook, prefetching and invalidation. */
export function getTablesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.tables(), queryFn: getTables });
}

/** The table list for the sidebar. */
export function useTables() {
  return useQuery(getTablesQueryOptions());
}
