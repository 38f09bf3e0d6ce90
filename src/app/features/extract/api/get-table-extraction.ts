import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExtractTable } from '../../../../contract/extract.ts';
import { extractApi } from '../../../../contract/routes/extract.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Progress every second while the job runs; a table no extraction fills is asked once. */
const RUNNING_MS = 1_000;

/** The latest extraction filling a table, or null for a table that none fills. */
export async function getTableExtraction(tableId: string): Promise<ExtractTable | null> {
  const { data } = await callRoute(extractApi.listTables, { query: { table_id: tableId } });
  return data[0] ?? null;
}

export function getTableExtractionQueryOptions(tableId: string) {
  return queryOptions({
    queryKey: queryKeys.tableExtraction(tableId),
    queryFn: () => getTableExtraction(tableId),
    refetchInterval: (query) => (query.state.data?.status === 'processing' ? RUNNING_MS : false),
  });
}

/** The extraction behind an open table: it runs on the server, so reopening the table picks it up. */
export function useTableExtraction(tableId: string) {
  return useQuery(getTableExtractionQueryOptions(tableId));
}
