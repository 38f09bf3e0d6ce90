import { useMutation } from '@tanstack/react-query';
import type { Plan, PlanInput } from '../../../../contract/enrich.ts';
import { enrichApi } from '../../../../contract/routes/enrich.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface PreviewPlanVariables {
  tableId: string;
  input: PlanInput;
}

/** The plan an enrichment would follow, with eligible rows, samples and an estimate; nothing is spent. */
export function previewPlan({ tableId, input }: PreviewPlanVariables): Promise<Plan> {
  return callRoute(enrichApi.plan, { params: { id: tableId }, body: input });
}

/** A mutation, not a query: a plan in auto mode is a model call, made when the person asks for it. */
export function usePreviewPlan() {
  return useMutation({ mutationFn: previewPlan });
}
