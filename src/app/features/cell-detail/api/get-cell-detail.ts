import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CellDetail } from '../../../../contract/cells.ts';
import { cellApi } from '../../../../contract/routes/cells.ts';
import type { CellStatus } from '../../../../contract/rows.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** A cell still queued or running is followed every second until it settles. */
const PENDING_REFRESH_MS = 1000;
const PENDING: ReadonlySet<CellStatus> = new Set(['requested', 'in_progress']);

/** One AI cell: prompt as sent, raw answer, value, error, provider, model, tokens, latency, attempts. */
export function getCellDetail(tableId: string, rowId: string, column: string): Promise<CellDetail> {
  return callRoute(cellApi.detail, { params: { id: tableId, rowId, column } });
}

export function getCellDetailQueryOptions(tableId: string, rowId: string, column: string) {
  return queryOptions({
    queryKey: queryKeys.cell(tableId, rowId, column),
    queryFn: () => getCellDetail(tableId, rowId, column),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && PENDING.has(status) ? PENDING_REFRESH_MS : false;
    },
  });
}

export function useCellDetail(tableId: string, rowId: string, column: string) {
  return useQuery(getCellDetailQueryOptions(tableId, rowId, column));
}
