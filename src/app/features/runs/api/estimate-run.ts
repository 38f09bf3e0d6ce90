import { runApi } from '../../../../contract/routes/runs.ts';
import type { RunEstimate } from '../../../../contract/runs.ts';
import type { StartRunVariables } from '../../../api/runs/start-run.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** What a run would cost, from the server: calls, cells left waiting, tokens and cost. Nothing is queued. */
export function estimateRun({ tableId, input }: StartRunVariables): Promise<RunEstimate> {
  return callRoute(runApi.estimate, { params: { id: tableId }, body: input });
}
