import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tableApi } from '../../../../contract/routes/tables.ts';
import type { CreateTableInput, Table } from '../../../../contract/tables.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Creates a table, optionally with columns. */
export function createTable(input: CreateTableInput): Promise<Table> {
  return callRoute(tableApi.create, { body: input });
}

/** Creates a table, seeds its detail cache and refreshes the list. */
export function useCreateTable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTable,
    onSuccess: async (table) => {
      queryClient.setQueryData(queryKeys.table(table.id), table);
      await queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
    },
  });
}
