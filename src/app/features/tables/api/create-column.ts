import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddColumnInput, Column } from '../../../../contract/columns.ts';
import { columnApi } from '../../../../contract/routes/columns.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface CreateColumnVariables {
  tableId: string;
  input: AddColumnInput;
}

/** Adds a column to a table. */
export function createColumn({ tableId, input }: CreateColumnVariables): Promise<Column> {
  return callRoute(columnApi.add, { params: { id: tableId }, body: input });
}

/** Adds a column, then refetches the table and its rows (every row gains the new key). */
export function useCreateColumn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createColumn,
    onSuccess: (_, { tableId }) => {
      // Not awaited: the form clears as soon as the server says yes, before the new column shows,
      // so text typed for the next column is never wiped by a late reset.
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    },
  });
}
