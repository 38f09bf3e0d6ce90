import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddColumnInput } from '../../../../contract/columns.ts';
import { addColumn } from '../../../api/columns.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export interface CreateColumnVariables {
  tableId: string;
  input: AddColumnInput;
}

/** Adds a column, then refetches the table and its rows (every row gains the new key). */
export function useCreateColumn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tableId, input }: CreateColumnVariables) => addColumn(tableId, input),
    onSuccess: (_, { tableId }) => {
      // Not awaited: the form clears as soon as the server says yes, before the new column shows,
      // so text typed for the next column is never wiped by a late reset.
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    },
  });
}
