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

/**
 * The table list for the sidebar. Scripts, agents (/v1, MCP) and runs add tables and rows without the app
 * knowing: the list is asked again every 15 s while the page is in view (row counts are stored, so it is
 * cheap), and the sidebar catches up without a reload.
 */
export function useTables() {
  return useQuery({ ...getTablesQueryOptions(), refetchInterval: 15_000 });
}
