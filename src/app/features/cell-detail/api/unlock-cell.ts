import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CellDetail } from '../../../../contract/cells.ts';
import { cellApi } from '../../../../contract/routes/cells.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface CellVariables {
  tableId: string;
  rowId: string;
  column: string;
}

/** Unlocks a cell a person edited, so reruns may replace its value again. */
export function unlockCell({ tableId, rowId, column }: CellVariables): Promise<CellDetail> {
  return callRoute(cellApi.unlock, { params: { id: tableId, rowId, column } });
}

/** Unlocks, keeps the answer as the cell's detail, and refreshes the table (the grid shows the lock). */
export function useUnlockCell() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockCell,
    onSuccess: (detail, { tableId, rowId, column }) => {
      queryClient.setQueryData(queryKeys.cell(tableId, rowId, column), detail);
      return queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    },
  });
}
