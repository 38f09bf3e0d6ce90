import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rowApi } from '../../../contract/routes/rows.ts';
import type { Row, RowData } from '../../../contract/rows.ts';
import { queryKeys } from '../query-keys.ts';
import { callRoute } from '../typed-client.ts';

export interface UpdateRowVariables {
  tableId: string;
  rowId: string;
  /** The whole row: the API replaces the data, it does not merge. */
  data: RowData;
  /** The version the edit was based on; the server answers 409 with the current row if it moved since. */
  version: number;
}

/**
 * `PATCH /tables/:id/rows/:rowId`: replaces a row's data, naming the version it was read at. The
 * server answers 409 with the current row when someone else changed it since, and 400 with
 * per-column details for bad values.
 */
export function updateRow({ tableId, rowId, data, version }: UpdateRowVariables): Promise<Row> {
  return callRoute(rowApi.update, { params: { id: tableId, rowId }, body: { data, version } });
}

/** Saves a row, stores the answer as the row and refreshes everything of its table (grid, history). */
export function useUpdateRow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRow,
    onSuccess: (row, { tableId }) => {
      queryClient.setQueryData(queryKeys.row(tableId, row.id), row);
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    },
  });
}
