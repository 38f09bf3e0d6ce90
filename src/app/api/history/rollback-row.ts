import { useMutation, useQueryClient } from '@tanstack/react-query';
import { historyApi } from '../../../contract/routes/history.ts';
import type { Row } from '../../../contract/rows.ts';
import { queryKeys } from '../query-keys.ts';
import { callRoute } from '../typed-client.ts';

export interface RollbackRowVariables {
  tableId: string;
  rowId: string;
  historyEntryId: string;
}

/** Puts a row back to the data of one of its history entries (a deleted row is restored). */
export async function rollbackRow({ tableId, rowId, historyEntryId }: RollbackRowVariables): Promise<Row> {
  const result = await callRoute(historyApi.rollback, {
    params: { id: tableId, rowId },
    body: { historyEntryId },
  });
  return result.row;
}

/** Rolls a row back, then refreshes everything of its table (rows, counts, history). */
export function useRollbackRow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rollbackRow,
    onSuccess: (_row, { tableId }) => queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) }),
  });
}
