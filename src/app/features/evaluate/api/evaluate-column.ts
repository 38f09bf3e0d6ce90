import { useMutation } from '@tanstack/react-query';
import type { EvaluateInput, EvaluateResult } from '../../../../contract/evaluate.ts';
import { api } from '../../../api/api-client.ts';

export interface EvaluateVariables {
  tableId: string;
  column: string;
  input: EvaluateInput;
}

/** Runs a column's settings and variants on its verified cells; writes nothing, so nothing to refresh. */
export function evaluateColumn({ tableId, column, input }: EvaluateVariables): Promise<EvaluateResult> {
  return api.post<EvaluateResult>(
    `/tables/${encodeURIComponent(tableId)}/columns/${encodeURIComponent(column)}/evaluate`,
    input,
  );
}

export function useEvaluateColumn() {
  return useMutation({ mutationFn: evaluateColumn });
}
