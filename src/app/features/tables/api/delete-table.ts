import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** Deletes a table with its rows, columns and history. */
export function deleteTable(tableId: string): Promise<void> {
  return api.delete(`/tables/${encodeURIComponent(tableId)}`);
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
