import { queryOptions, useQuery } from '@tanstack/react-query';
import { rowApi } from '../../../contract/routes/rows.ts';
import type { Row } from '../../../contract/rows.ts';
import { queryKeys } from '../query-keys.ts';
import { callRoute } from '../typed-client.ts';

/** `GET /tables/:id/rows/:rowId`: one row with its version. */
export function getRow(tableId: string, rowId: string): Promise<Row> {
  return callRoute(rowApi.get, { params: { id: tableId, rowId } });
}

/** Key and fetcher of one row. */
export function getRowQueryOptions(tableId: string, rowId: string) {
  return queryOptions({ queryKey: queryKeys.row(tableId, rowId), queryFn: () => getRow(tableId, rowId) });
}

/** One row, for the row panel's form. */
export function useRow(tableId: string, rowId: string) {
  return useQuery(getRowQueryOptions(tableId, rowId));
}
