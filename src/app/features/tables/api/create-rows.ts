import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RowData } from '../../../../contract/rows.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { addRows } from '../../../api/rows/add-rows.ts';

export interface CreateRowsVariables {
  tableId: string;
  /** Each new row's data; 1-1000 rows, the server takes all or none. */
  rows: RowData[];
}

/** Inserts rows, then refetches the table's rows and the list (row counts changed). */
export function useCreateRows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tableId, rows }: CreateRowsVariables) => addRows(tableId, rows),
    onSuccess: (_, { tableId }) => {
      // Not awaited, as for columns: the form resets first, then the new row and counts appear.
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
    },
  });
}
