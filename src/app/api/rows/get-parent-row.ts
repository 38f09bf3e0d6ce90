import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ParentOfRow } from '../../../contract/parent-rows.ts';
import { parentRowApi } from '../../../contract/routes/parent-rows.ts';
import { queryKeys } from '../query-keys.ts';
import { callRoute } from '../typed-client.ts';

/** `GET /tables/:id/rows/:rowId/parent`: the row a child row was made for (a person's company), or null. */
export function getParentRow(tableId: string, rowId: string): Promise<ParentOfRow> {
  return callRoute(parentRowApi.parent, { params: { id: tableId, rowId } });
}

/** The parent of a row of a child table; asked only for tables that have a parent relationship. */
export function useParentRow(tableId: string, rowId: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.parentRow(tableId, rowId),
      queryFn: () => getParentRow(tableId, rowId),
      enabled,
    }),
  );
}
