import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CellDetail } from '../../../../contract/cells.ts';
import type { VerifyInput } from '../../../../contract/verified.ts';
import { api, apiRequest } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export interface VerifyVariables {
  tableId: string;
  rowId: string;
  column: string;
  /** A correction; absent to confirm the answer as it is. */
  input?: VerifyInput;
}

const verifyPath = ({ tableId, rowId, column }: VerifyVariables) =>
  `/tables/${encodeURIComponent(tableId)}/rows/${encodeURIComponent(rowId)}/cells/${encodeURIComponent(column)}/verify`;

/** Confirms an AI cell's answer (or corrects it): reruns keep it and the column learns from it. */
export function verifyCell(variables: VerifyVariables): Promise<CellDetail> {
  return api.post<CellDetail>(verifyPath(variables), variables.input ?? {});
}

/** Removes the verified mark and the lock: runs may replace the value again. */
export function unverifyCell(variables: VerifyVariables): Promise<CellDetail> {
  return apiRequest<CellDetail>(verifyPath(variables), { method: 'DELETE' }).then(
    (response) => response.data,
  );
}

/** Verifies or unverifies, keeps the answer as the cell's detail and refreshes the table (the grid's check). */
function useCellMark(mutationFn: (variables: VerifyVariables) => Promise<CellDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail, { tableId, rowId, column }) => {
      queryClient.setQueryData(queryKeys.cell(tableId, rowId, column), detail);
      return queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) });
    },
  });
}

export const useVerifyCell = () => useCellMark(verifyCell);
export const useUnverifyCell = () => useCellMark(unverifyCell);
