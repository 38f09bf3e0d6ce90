import { queryOptions } from '@tanstack/react-query';
import { rowApi } from '../../../../contract/routes/rows.ts';
import type { Row } from '../../../../contract/rows.ts';
import { queryKeys, type RowsViewQuery } from '../../../api/query-keys.ts';
import { requestRoute } from '../../../api/typed-client.ts';

/** Rows per block: one request fills about three screens of rows. */
export const BLOCK_SIZE = 100;

/**
 * Unobserved blocks leave the cache quickly: scrolling through a million rows must not keep
 * every block it passed. Blocks in view stay, being observed.
 */
const BLOCK_GC_TIME = 5_000;

export interface RowBlock {
  rows: Row[];
  /** Rows matching the view query in all, from `X-Total-Count`. */
  total: number;
}

/** Fetches block `block` of a table's rows under a view query. */
export async function getRowBlock(
  tableId: string,
  query: RowsViewQuery,
  block: number,
  signal?: AbortSignal,
): Promise<RowBlock> {
  const { data, totalCount } = await requestRoute(rowApi.list, {
    params: { id: tableId },
    query: {
      limit: BLOCK_SIZE,
      offset: block * BLOCK_SIZE,
      filters: query.filters.length > 0 ? JSON.stringify(query.filters) : undefined,
      sorts: query.sorts.length > 0 ? JSON.stringify(query.sorts) : undefined,
      search: query.search.trim() || undefined,
    },
    ...(signal && { signal }),
  });
  return { rows: data, total: totalCount ?? block * BLOCK_SIZE + data.length };
}

/** Key and fetcher of one block; the signal lets a block scrolled past be cancelled in flight. */
export function getRowBlockQueryOptions(tableId: string, query: RowsViewQuery, block: number) {
  return queryOptions({
    queryKey: queryKeys.rowBlock(tableId, query, block),
    queryFn: ({ signal }) => getRowBlock(tableId, query, block, signal),
    gcTime: BLOCK_GC_TIME,
    staleTime: 30_000,
  });
}
