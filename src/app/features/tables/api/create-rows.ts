import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rowApi } from '../../../../contract/routes/rows.ts';
import type { InsertRowsInput, Row } from '../../../../contract/rows.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface CreateRowsVariables {
  tableId: string;
  input: InsertRowsInput;
}

/** Inserts 1-1000 rows; the server takes all or none. */
export function createRows({ tableId, input }: CreateRowsVariables): Promise<Row[]> {
  return callRoute(rowApi.insert, { params: { id: tableId }, body: input });
}

/** Inserts rows, then refetches the table's rows and the list (row counts changed). */
export function useCreateRows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRows,
    onSuccess: (_, { tableId }) => {
      // Not awaited, as for columns: the form resets first, then the new row and counts appear.
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
    },
  });
}
