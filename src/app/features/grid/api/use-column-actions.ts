import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddColumnInput, Column, UpdateColumnInput } from '../../../../contract/columns.ts';
import type { Table } from '../../../../contract/tables.ts';
import { addColumn, deleteColumn, reorderColumns, updateColumn } from '../../../api/columns.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/**
 * Column changes from the header: each refetches the table (its columns) when done; reorder
 * also shows the new order at once, since a dragged header must not snap back while it saves.
 */
export function useColumnActions(tableId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
  const reorder = useMutation({
    mutationFn: (columnIds: string[]) => reorderColumns(tableId, columnIds),
    onMutate: async (columnIds) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.table(tableId), exact: true });
      const previous = queryClient.getQueryData<Table>(queryKeys.table(tableId));
      if (previous) {
        const byId = new Map(previous.columns.map((column) => [column.id, column]));
        const columns = columnIds.map((id) => byId.get(id)).filter((column): column is Column => !!column);
        queryClient.setQueryData<Table>(queryKeys.table(tableId), { ...previous, columns });
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.table(tableId), context.previous);
    },
    onSettled: refresh,
  });
  const update = useMutation({
    mutationFn: ({ columnId, input }: { columnId: string; input: UpdateColumnInput }) =>
      updateColumn(tableId, columnId, input),
    onSuccess: refresh,
  });
  const add = useMutation({
    mutationFn: (input: AddColumnInput) => addColumn(tableId, input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (columnId: string) => deleteColumn(tableId, columnId),
    onSuccess: refresh,
  });
  return { reorder, update, add, remove };
}
