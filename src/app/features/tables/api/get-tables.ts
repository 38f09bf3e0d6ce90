import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TableSummary } from '../../../../contract/tables.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** Fetches every table with its row count, ordered by name. */
export function getTables(): Promise<TableSummary[]> {
  return api.get<TableSummary[]>('/tables');
}

/** Key and fetcher of the table list, shared by the hook, prefetching and invalidation. */
export function getTablesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.tables(), queryFn: getTables });
}

/** The table list for the sidebar. */
export function useTables() {
  return useQuery(getTablesQueryOptions());
}
