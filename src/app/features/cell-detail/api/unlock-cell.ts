import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CellDetail } from '../../../../contract/cells.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { cellPath } from './get-cell-detail.ts';

export interface CellVariables {
  tableId: string;
  rowId: string;
  column: string;
}

/** Unlocks a cell a person edited, so reruns may replace its value again. */
export function unlockCell({ tableId, rowId, column }: CellVariables): Promise<CellDetail> {
  return api.post<CellDetail>(`${cellPath(tableId, rowId, column)}/unlock`);
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
