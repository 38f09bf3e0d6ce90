import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LinkOption } from '../../../../contract/relations.ts';
import { relationApi } from '../../../../contract/routes/relations.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Rows of the target table whose display value contains the search text. */
export function searchLinks(
  tableId: string,
  columnId: string,
  search: string,
  signal?: AbortSignal,
): Promise<LinkOption[]> {
  return callRoute(relationApi.options, {
    params: { id: tableId, columnId },
    query: { search: search.trim() || undefined, limit: 50 },
    ...(signal && { signal }),
  });
}

/** The picker's choices for what has been typed; the last list stays while the next loads. */
export function useLinkSearch(tableId: string, columnId: string, search: string) {
  return useQuery({
    queryKey: queryKeys.linkSearch(tableId, columnId, search.trim()),
    queryFn: ({ signal }) => searchLinks(tableId, columnId, search, signal),
    placeholderData: keepPreviousData,
  });
}
