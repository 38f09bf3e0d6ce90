import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VerifiedCells } from '../../../../contract/verified.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** A column's verified cells (newest first), how many, and whether the column learns from them. */
export function getVerifiedCells(tableId: string, column: string): Promise<VerifiedCells> {
  return api.get<VerifiedCells>(
    `/tables/${encodeURIComponent(tableId)}/columns/${encodeURIComponent(column)}/verified?limit=50`,
  );
}

export function getVerifiedCellsQueryOptions(tableId: string, column: string) {
  return queryOptions({
    queryKey: queryKeys.verified(tableId, column),
    queryFn: () => getVerifiedCells(tableId, column),
  });
}

export function useVerifiedCells(tableId: string, column: string) {
  return useQuery(getVerifiedCellsQueryOptions(tableId, column));
}
