import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Row, RowData } from '../../../../contract/rows.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { rowKey } from './row-keys.ts';

export interface UpdateRowVariables {
  tableId: string;
  rowId: string;
  /** The whole row: the API replaces the data, it does not merge. */
  data: RowData;
  /** The version the edit was based on; the server answers 409 if the row moved since. */
  version: number;
}

/** Replaces a row's data, naming the version it was based on. */
export function updateRow({ tableId, rowId, data, version }: UpdateRowVariables): Promise<Row> {
  return api.patch<Row>(`/tables/${encodeURIComponent(tableId)}/rows/${encodeURIComponent(rowId)}`, {
    data,
    version,
  });
}

/** Saves a row, stores the answer as the row and refreshes everything of its table (grid, history). */
export function useUpdateRow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRow,
    onSuccess: (row, { tableId }) => {
      queryClient.setQueryData(rowKey(tableId, row.id), row);
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    },
  });
}
