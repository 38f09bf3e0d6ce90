import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Row } from '../../../contract/rows.ts';
import { api } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

/** `GET /tables/:id/rows/:rowId`: one row with its version. */
export function getRow(tableId: string, rowId: string): Promise<Row> {
  return api.get<Row>(`/tables/${encodeURIComponent(tableId)}/rows/${encodeURIComponent(rowId)}`);
}

/** Key and fetcher of one row. */
export function getRowQueryOptions(tableId: string, rowId: string) {
  return queryOptions({ queryKey: queryKeys.row(tableId, rowId), queryFn: () => getRow(tableId, rowId) });
}

/** One row, for the row panel's form. */
export function useRow(tableId: string, rowId: string) {
  return useQuery(getRowQueryOptions(tableId, rowId));
}
