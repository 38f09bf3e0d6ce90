import { useMutation } from '@tanstack/react-query';
import type { EvaluateInput, EvaluateResult } from '../../../../contract/evaluate.ts';
import { verifiedApi } from '../../../../contract/routes/verified.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface EvaluateVariables {
  tableId: string;
  column: string;
  input: EvaluateInput;
}

/** Runs a column's settings and variants on its verified cells; writes nothing, so nothing to refresh. */
export function evaluateColumn({ tableId, column, input }: EvaluateVariables): Promise<EvaluateResult> {
  return callRoute(verifiedApi.evaluate, { params: { id: tableId, column }, body: input });
}

export function useEvaluateColumn() {
  return useMutation({ mutationFn: evaluateColumn });
}
