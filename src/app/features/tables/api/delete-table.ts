import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tableApi } from '../../../../contract/routes/tables.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Deletes a table with its rows, columns and history. */
export async function deleteTable(tableId: string): Promise<void> {
  await callRoute(tableApi.remove, { params: { id: tableId } });
}

/** Deletes a table, drops everything cached under it and refreshes the list. */
export function useDeleteTable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTable,
    onSuccess: async (_, tableId) => {
      queryClient.removeQueries({ queryKey: queryKeys.table(tableId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
    },
  });
}
