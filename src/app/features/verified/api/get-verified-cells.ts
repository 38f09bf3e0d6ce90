import { queryOptions, useQuery } from '@tanstack/react-query';
import { verifiedApi } from '../../../../contract/routes/verified.ts';
import type { VerifiedCells } from '../../../../contract/verified.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** A column's verified cells (newest first), how many, and whether the column learns from them. */
export function getVerifiedCells(tableId: string, column: string): Promise<VerifiedCells> {
  return callRoute(verifiedApi.list, { params: { id: tableId, column }, query: { limit: 50 } });
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
