import { queryOptions, useQuery } from '@tanstack/react-query';
import { rowApi } from '../../../../contract/routes/rows.ts';
import type { FilterSpec } from '../../../../contract/rows.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { requestRoute } from '../../../api/typed-client.ts';

/** What narrows a table's rows; sorting does not change how many there are. */
export interface RowCountQuery {
  filters: FilterSpec[];
  search: string;
}

/** How many rows match the filters and quick search, read from X-Total-Count of a one-row page. */
export async function getRowCount(
  tableId: string,
  query: RowCountQuery,
  signal?: AbortSignal,
): Promise<number> {
  const search = query.search.trim();
  const { data, totalCount } = await requestRoute(rowApi.list, {
    params: { id: tableId },
    query: {
      limit: 1,
      filters: query.filters.length > 0 ? JSON.stringify(query.filters) : undefined,
      search: search || undefined,
    },
    ...(signal && { signal }),
  });
  return totalCount ?? data.length;
}

/** Key and fetcher of a filtered row count: under the table, so any change to it refreshes the count. */
export function getRowCountQueryOptions(tableId: string, query: RowCountQuery) {
  return queryOptions({
    queryKey: queryKeys.rowCount(tableId, query),
    queryFn: ({ signal }) => getRowCount(tableId, query, signal),
  });
}

/** Rows matching a filtered view; idle (no request) while nothing narrows the view. */
export function useRowCount(tableId: string, query: RowCountQuery) {
  const narrowed = query.filters.length > 0 || query.search.trim() !== '';
  return useQuery({
    ...getRowCountQueryOptions(tableId, query),
    enabled: narrowed,
    // While a new search is counted, the last count stays rather than flickering away.
    placeholderData: (previous) => previous,
  });
}
