import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tableApi } from '../../../../contract/routes/tables.ts';
import type { Table, UpdateTableInput } from '../../../../contract/tables.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface UpdateTableVariables {
  tableId: string;
  input: UpdateTableInput;
}

/** Renames a table or changes its description or project. */
export function updateTable({ tableId, input }: UpdateTableVariables): Promise<Table> {
  return callRoute(tableApi.update, { params: { id: tableId }, body: input });
}

/** Updates a table, stores the answer as its detail and refreshes the list. */
export function useUpdateTable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTable,
    onSuccess: async (table) => {
      queryClient.setQueryData(queryKeys.table(table.id), table);
      await queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
    },
  });
}
