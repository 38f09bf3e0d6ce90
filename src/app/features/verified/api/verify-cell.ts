import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CellDetail } from '../../../../contract/cells.ts';
import { verifiedApi } from '../../../../contract/routes/verified.ts';
import type { VerifyInput } from '../../../../contract/verified.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface VerifyVariables {
  tableId: string;
  rowId: string;
  column: string;
  /** A correction; absent to confirm the answer as it is. */
  input?: VerifyInput;
}

const cellParams = ({ tableId, rowId, column }: VerifyVariables) => ({ id: tableId, rowId, column });

/** Confirms an AI cell's answer (or corrects it): reruns keep it and the column learns from it. */
export function verifyCell(variables: VerifyVariables): Promise<CellDetail> {
  return callRoute(verifiedApi.verify, { params: cellParams(variables), body: variables.input ?? {} });
}

/** Removes the verified mark and the lock: runs may replace the value again. */
export function unverifyCell(variables: VerifyVariables): Promise<CellDetail> {
  return callRoute(verifiedApi.unverify, { params: cellParams(variables) });
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
