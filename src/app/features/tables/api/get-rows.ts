import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Row } from '../../../../contract/rows.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { queryKeys, type RowsPageQuery } from '../../../api/query-keys.ts';

export interface RowsPage {
  rows: Row[];
  /** Rows in the whole table, not just this page. */
  total: number;
}

/** Fetches one page of a table's rows in the server's default order, with the total count. */
export async function getRows(
  tableId: string,
  query: RowsPageQuery,
  signal?: AbortSignal,
): Promise<RowsPage> {
  const { data, totalCount } = await apiRequest<Row[]>(`/tables/${encodeURIComponent(tableId)}/rows`, {
    query: { limit: query.limit, offset: query.offset },
    ...(signal && { signal }),
  });
  return { rows: data, total: totalCount ?? data.length };
}

/** Key and fetcher of one page of rows. */
export function getRowsQueryOptions(tableId: string, query: RowsPageQuery) {
  return queryOptions({
    queryKey: queryKeys.rowsPage(tableId, query),
    queryFn: ({ signal }) => getRows(tableId, query, signal),
  });
}

/** One page of a table's rows. */
export function useRows(tableId: string, query: RowsPageQuery) {
  return useQuery(getRowsQueryOptions(tableId, query));
}
